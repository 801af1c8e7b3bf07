# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaign")


@_attrs_define
class EmailCampaign:
    """An email campaign and what became of its emails.

    Attributes:
        email_campaign_id (int):
        name (str | Unset):
        user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
        subject (str | Unset):
        list_id (int | None | Unset):
        from_email_address_id (int | Unset): A whole number (int), e.g. 201 or "201".
        from_name (str | Unset):
        template_id (int | None | Unset):
        schedule (int | None | Unset):
        status (str | Unset): e.g. Queued, Scheduled, Sent, Cancelled.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (None | str | Unset):
        send_count (int | Unset): A whole number (int), e.g. 201 or "201".
        open_count (int | Unset): A whole number (int), e.g. 201 or "201".
        click_count (int | Unset): A whole number (int), e.g. 201 or "201".
        hard_bounce_count (int | Unset): A whole number (int), e.g. 201 or "201".
        soft_bounce_count (int | Unset): A whole number (int), e.g. 201 or "201".
        abuse_count (int | Unset): A whole number (int), e.g. 201 or "201".
        unsubscribe_count (int | Unset): A whole number (int), e.g. 201 or "201".
        body (str | Unset):
        body_plain_text (str | Unset):
    """

    email_campaign_id: int
    name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    subject: str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    from_name: str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    schedule: int | None | Unset = UNSET
    status: str | Unset = UNSET
    date_added: int | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    send_count: int | Unset = UNSET
    open_count: int | Unset = UNSET
    click_count: int | Unset = UNSET
    hard_bounce_count: int | Unset = UNSET
    soft_bounce_count: int | Unset = UNSET
    abuse_count: int | Unset = UNSET
    unsubscribe_count: int | Unset = UNSET
    body: str | Unset = UNSET
    body_plain_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id = self.email_campaign_id

        name = self.name

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        subject = self.subject

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

        from_email_address_id = (
            UNSET if isinstance(self.from_email_address_id, Unset) else self.from_email_address_id
        )

        from_name = self.from_name

        template_id = (
            UNSET
            if isinstance(self.template_id, Unset)
            else None
            if self.template_id is None
            else self.template_id
        )

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        status = self.status

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        send_count = UNSET if isinstance(self.send_count, Unset) else self.send_count

        open_count = UNSET if isinstance(self.open_count, Unset) else self.open_count

        click_count = UNSET if isinstance(self.click_count, Unset) else self.click_count

        hard_bounce_count = (
            UNSET if isinstance(self.hard_bounce_count, Unset) else self.hard_bounce_count
        )

        soft_bounce_count = (
            UNSET if isinstance(self.soft_bounce_count, Unset) else self.soft_bounce_count
        )

        abuse_count = UNSET if isinstance(self.abuse_count, Unset) else self.abuse_count

        unsubscribe_count = (
            UNSET if isinstance(self.unsubscribe_count, Unset) else self.unsubscribe_count
        )

        body = self.body

        body_plain_text = self.body_plain_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_campaign_id": email_campaign_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if abuse_count is not UNSET:
            field_dict["abuse_count"] = abuse_count
        if unsubscribe_count is not UNSET:
            field_dict["unsubscribe_count"] = unsubscribe_count
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_campaign_id = integer(d.pop("email_campaign_id"), "EmailCampaign.email_campaign_id")

        name = d.pop("name", UNSET)

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "EmailCampaign.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "EmailCampaign.subaccount_id")
        )

        subject = d.pop("subject", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "EmailCampaign.list_id")
        )

        _from_email_address_id = d.pop("from_email_address_id", UNSET)
        from_email_address_id = (
            UNSET
            if isinstance(_from_email_address_id, Unset)
            else integer(_from_email_address_id, "EmailCampaign.from_email_address_id")
        )

        from_name = d.pop("from_name", UNSET)

        _template_id = d.pop("template_id", UNSET)
        template_id = (
            UNSET
            if isinstance(_template_id, Unset)
            else nullable_integer(_template_id, "EmailCampaign.template_id")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "EmailCampaign.schedule")
        )

        status = d.pop("status", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "EmailCampaign.date_added")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _send_count = d.pop("send_count", UNSET)
        send_count = (
            UNSET
            if isinstance(_send_count, Unset)
            else integer(_send_count, "EmailCampaign.send_count")
        )

        _open_count = d.pop("open_count", UNSET)
        open_count = (
            UNSET
            if isinstance(_open_count, Unset)
            else integer(_open_count, "EmailCampaign.open_count")
        )

        _click_count = d.pop("click_count", UNSET)
        click_count = (
            UNSET
            if isinstance(_click_count, Unset)
            else integer(_click_count, "EmailCampaign.click_count")
        )

        _hard_bounce_count = d.pop("hard_bounce_count", UNSET)
        hard_bounce_count = (
            UNSET
            if isinstance(_hard_bounce_count, Unset)
            else integer(_hard_bounce_count, "EmailCampaign.hard_bounce_count")
        )

        _soft_bounce_count = d.pop("soft_bounce_count", UNSET)
        soft_bounce_count = (
            UNSET
            if isinstance(_soft_bounce_count, Unset)
            else integer(_soft_bounce_count, "EmailCampaign.soft_bounce_count")
        )

        _abuse_count = d.pop("abuse_count", UNSET)
        abuse_count = (
            UNSET
            if isinstance(_abuse_count, Unset)
            else integer(_abuse_count, "EmailCampaign.abuse_count")
        )

        _unsubscribe_count = d.pop("unsubscribe_count", UNSET)
        unsubscribe_count = (
            UNSET
            if isinstance(_unsubscribe_count, Unset)
            else integer(_unsubscribe_count, "EmailCampaign.unsubscribe_count")
        )

        body = d.pop("body", UNSET)

        body_plain_text = d.pop("body_plain_text", UNSET)

        email_campaign = cls(
            email_campaign_id=email_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            subject=subject,
            list_id=list_id,
            from_email_address_id=from_email_address_id,
            from_name=from_name,
            template_id=template_id,
            schedule=schedule,
            status=status,
            date_added=date_added,
            custom_string=custom_string,
            send_count=send_count,
            open_count=open_count,
            click_count=click_count,
            hard_bounce_count=hard_bounce_count,
            soft_bounce_count=soft_bounce_count,
            abuse_count=abuse_count,
            unsubscribe_count=unsubscribe_count,
            body=body,
            body_plain_text=body_plain_text,
        )

        email_campaign.additional_properties = d
        return email_campaign

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
