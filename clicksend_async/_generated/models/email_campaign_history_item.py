# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignHistoryItem")


@_attrs_define
class EmailCampaignHistoryItem:
    """One email of a campaign.

    Attributes:
        message_id (str):
        email_campaign_id (int | Unset): A whole number (int), e.g. 201 or "201".
        contact_id (int | None | Unset):
        from_name (None | str | Unset):
        from_address (None | str | Unset):
        to_name (None | str | Unset):
        to_address (None | str | Unset):
        subject (None | str | Unset):
        status (None | str | Unset): e.g. Delivered, SpamReport; null before processing.
        processed_at (int | None | Unset):
        open_count (int | Unset): A whole number (int), e.g. 201 or "201".
        click_count (int | Unset): A whole number (int), e.g. 201 or "201".
        hard_bounce_count (int | Unset): A whole number (int), e.g. 201 or "201".
        soft_bounce_count (int | Unset): A whole number (int), e.g. 201 or "201".
    """

    message_id: str
    email_campaign_id: int | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    from_address: None | str | Unset = UNSET
    to_name: None | str | Unset = UNSET
    to_address: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    processed_at: int | None | Unset = UNSET
    open_count: int | Unset = UNSET
    click_count: int | Unset = UNSET
    hard_bounce_count: int | Unset = UNSET
    soft_bounce_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        email_campaign_id = (
            UNSET if isinstance(self.email_campaign_id, Unset) else self.email_campaign_id
        )

        contact_id = (
            UNSET
            if isinstance(self.contact_id, Unset)
            else None
            if self.contact_id is None
            else self.contact_id
        )

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        to_name: None | str | Unset
        if isinstance(self.to_name, Unset):
            to_name = UNSET
        else:
            to_name = self.to_name

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        processed_at = (
            UNSET
            if isinstance(self.processed_at, Unset)
            else None
            if self.processed_at is None
            else self.processed_at
        )

        open_count = UNSET if isinstance(self.open_count, Unset) else self.open_count

        click_count = UNSET if isinstance(self.click_count, Unset) else self.click_count

        hard_bounce_count = (
            UNSET if isinstance(self.hard_bounce_count, Unset) else self.hard_bounce_count
        )

        soft_bounce_count = (
            UNSET if isinstance(self.soft_bounce_count, Unset) else self.soft_bounce_count
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if to_address is not UNSET:
            field_dict["to_address"] = to_address
        if subject is not UNSET:
            field_dict["subject"] = subject
        if status is not UNSET:
            field_dict["status"] = status
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        _email_campaign_id = d.pop("email_campaign_id", UNSET)
        email_campaign_id = (
            UNSET
            if isinstance(_email_campaign_id, Unset)
            else integer(_email_campaign_id, "EmailCampaignHistoryItem.email_campaign_id")
        )

        _contact_id = d.pop("contact_id", UNSET)
        contact_id = (
            UNSET
            if isinstance(_contact_id, Unset)
            else nullable_integer(_contact_id, "EmailCampaignHistoryItem.contact_id")
        )

        from_name = cast(None | str | Unset, d.pop("from_name", UNSET))

        from_address = cast(None | str | Unset, d.pop("from_address", UNSET))

        to_name = cast(None | str | Unset, d.pop("to_name", UNSET))

        to_address = cast(None | str | Unset, d.pop("to_address", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        _processed_at = d.pop("processed_at", UNSET)
        processed_at = (
            UNSET
            if isinstance(_processed_at, Unset)
            else nullable_unix_time(_processed_at, "EmailCampaignHistoryItem.processed_at")
        )

        _open_count = d.pop("open_count", UNSET)
        open_count = (
            UNSET
            if isinstance(_open_count, Unset)
            else integer(_open_count, "EmailCampaignHistoryItem.open_count")
        )

        _click_count = d.pop("click_count", UNSET)
        click_count = (
            UNSET
            if isinstance(_click_count, Unset)
            else integer(_click_count, "EmailCampaignHistoryItem.click_count")
        )

        _hard_bounce_count = d.pop("hard_bounce_count", UNSET)
        hard_bounce_count = (
            UNSET
            if isinstance(_hard_bounce_count, Unset)
            else integer(_hard_bounce_count, "EmailCampaignHistoryItem.hard_bounce_count")
        )

        _soft_bounce_count = d.pop("soft_bounce_count", UNSET)
        soft_bounce_count = (
            UNSET
            if isinstance(_soft_bounce_count, Unset)
            else integer(_soft_bounce_count, "EmailCampaignHistoryItem.soft_bounce_count")
        )

        email_campaign_history_item = cls(
            message_id=message_id,
            email_campaign_id=email_campaign_id,
            contact_id=contact_id,
            from_name=from_name,
            from_address=from_address,
            to_name=to_name,
            to_address=to_address,
            subject=subject,
            status=status,
            processed_at=processed_at,
            open_count=open_count,
            click_count=click_count,
            hard_bounce_count=hard_bounce_count,
            soft_bounce_count=soft_bounce_count,
        )

        email_campaign_history_item.additional_properties = d
        return email_campaign_history_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
