# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign_sender import SmsCampaignSender


T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """An SMS campaign.

    Attributes:
        sms_campaign_id (int):
        name (str | Unset):
        user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
        list_id (int | None | Unset):
        from_ (None | str | Unset):
        body (str | Unset):
        schedule (int | None | Unset):
        status (str | Unset): e.g. Queued, Scheduled, Sent, Cancelled.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (None | str | Unset):
        url_to_shorten (None | str | Unset):
        unsubscribe_link (int | None | Unset):
        source (None | str | Unset):
        senders (list[SmsCampaignSender] | Unset):
        ip_address (None | str | Unset):
        total_count (int | Unset): A whole number (int), e.g. 201 or "201".
        list_name (None | str | Unset):
    """

    sms_campaign_id: int
    name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    list_id: int | None | Unset = UNSET
    from_: None | str | Unset = UNSET
    body: str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    status: str | Unset = UNSET
    date_added: int | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    url_to_shorten: None | str | Unset = UNSET
    unsubscribe_link: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    senders: list[SmsCampaignSender] | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    list_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_campaign_id = self.sms_campaign_id

        name = self.name

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        body = self.body

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

        url_to_shorten: None | str | Unset
        if isinstance(self.url_to_shorten, Unset):
            url_to_shorten = UNSET
        else:
            url_to_shorten = self.url_to_shorten

        unsubscribe_link = (
            UNSET
            if isinstance(self.unsubscribe_link, Unset)
            else None
            if self.unsubscribe_link is None
            else self.unsubscribe_link
        )

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        total_count = UNSET if isinstance(self.total_count, Unset) else self.total_count

        list_name: None | str | Unset
        if isinstance(self.list_name, Unset):
            list_name = UNSET
        else:
            list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_campaign_id": sms_campaign_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten
        if unsubscribe_link is not UNSET:
            field_dict["unsubscribe_link"] = unsubscribe_link
        if source is not UNSET:
            field_dict["source"] = source
        if senders is not UNSET:
            field_dict["senders"] = senders
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if total_count is not UNSET:
            field_dict["_total_count"] = total_count
        if list_name is not UNSET:
            field_dict["_list_name"] = list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_campaign_sender import SmsCampaignSender  # noqa: PLC0415

        d = dict(src_dict)
        sms_campaign_id = integer(d.pop("sms_campaign_id"), "SmsCampaign.sms_campaign_id")

        name = d.pop("name", UNSET)

        _user_id = d.pop("user_id", UNSET)
        user_id = UNSET if isinstance(_user_id, Unset) else integer(_user_id, "SmsCampaign.user_id")

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "SmsCampaign.subaccount_id")
        )

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "SmsCampaign.list_id")
        )

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        body = d.pop("body", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "SmsCampaign.schedule")
        )

        status = d.pop("status", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "SmsCampaign.date_added")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        url_to_shorten = cast(None | str | Unset, d.pop("url_to_shorten", UNSET))

        _unsubscribe_link = d.pop("unsubscribe_link", UNSET)
        unsubscribe_link = (
            UNSET
            if isinstance(_unsubscribe_link, Unset)
            else nullable_integer(_unsubscribe_link, "SmsCampaign.unsubscribe_link")
        )

        source = cast(None | str | Unset, d.pop("source", UNSET))

        _senders = d.pop("senders", UNSET)
        senders: list[SmsCampaignSender] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = SmsCampaignSender.from_dict(senders_item_data)

                senders.append(senders_item)

        ip_address = cast(None | str | Unset, d.pop("ip_address", UNSET))

        _total_count = d.pop("_total_count", UNSET)
        total_count = (
            UNSET
            if isinstance(_total_count, Unset)
            else integer(_total_count, "SmsCampaign.total_count")
        )

        list_name = cast(None | str | Unset, d.pop("_list_name", UNSET))

        sms_campaign = cls(
            sms_campaign_id=sms_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            from_=from_,
            body=body,
            schedule=schedule,
            status=status,
            date_added=date_added,
            custom_string=custom_string,
            url_to_shorten=url_to_shorten,
            unsubscribe_link=unsubscribe_link,
            source=source,
            senders=senders,
            ip_address=ip_address,
            total_count=total_count,
            list_name=list_name,
        )

        sms_campaign.additional_properties = d
        return sms_campaign

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
