# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaign")


@_attrs_define
class MmsCampaign:
    """An MMS campaign.

    Attributes:
        mms_campaign_id (int):
        name (str | Unset):
        user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
        list_id (int | None | Unset):
        from_ (None | str | Unset):
        subject (str | Unset):
        file_name (str | Unset): The stored media file.
        body (str | Unset):
        schedule (int | None | Unset):
        status (str | Unset): e.g. Queued, Scheduled, Sent, Cancelled.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (None | str | Unset):
        total_count (int | Unset): A whole number (int), e.g. 201 or "201".
        list_name (None | str | Unset):
        media_file_url (str | Unset): Where the media file is served from.
    """

    mms_campaign_id: int
    name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    list_id: int | None | Unset = UNSET
    from_: None | str | Unset = UNSET
    subject: str | Unset = UNSET
    file_name: str | Unset = UNSET
    body: str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    status: str | Unset = UNSET
    date_added: int | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    list_name: None | str | Unset = UNSET
    media_file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mms_campaign_id = self.mms_campaign_id

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

        subject = self.subject

        file_name = self.file_name

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

        total_count = UNSET if isinstance(self.total_count, Unset) else self.total_count

        list_name: None | str | Unset
        if isinstance(self.list_name, Unset):
            list_name = UNSET
        else:
            list_name = self.list_name

        media_file_url = self.media_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mms_campaign_id": mms_campaign_id,
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
        if subject is not UNSET:
            field_dict["subject"] = subject
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
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
        if total_count is not UNSET:
            field_dict["_total_count"] = total_count
        if list_name is not UNSET:
            field_dict["_list_name"] = list_name
        if media_file_url is not UNSET:
            field_dict["_media_file_url"] = media_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mms_campaign_id = integer(d.pop("mms_campaign_id"), "MmsCampaign.mms_campaign_id")

        name = d.pop("name", UNSET)

        _user_id = d.pop("user_id", UNSET)
        user_id = UNSET if isinstance(_user_id, Unset) else integer(_user_id, "MmsCampaign.user_id")

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "MmsCampaign.subaccount_id")
        )

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "MmsCampaign.list_id")
        )

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        subject = d.pop("subject", UNSET)

        file_name = d.pop("file_name", UNSET)

        body = d.pop("body", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "MmsCampaign.schedule")
        )

        status = d.pop("status", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "MmsCampaign.date_added")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _total_count = d.pop("_total_count", UNSET)
        total_count = (
            UNSET
            if isinstance(_total_count, Unset)
            else integer(_total_count, "MmsCampaign.total_count")
        )

        list_name = cast(None | str | Unset, d.pop("_list_name", UNSET))

        media_file_url = d.pop("_media_file_url", UNSET)

        mms_campaign = cls(
            mms_campaign_id=mms_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            from_=from_,
            subject=subject,
            file_name=file_name,
            body=body,
            schedule=schedule,
            status=status,
            date_added=date_added,
            custom_string=custom_string,
            total_count=total_count,
            list_name=list_name,
            media_file_url=media_file_url,
        )

        mms_campaign.additional_properties = d
        return mms_campaign

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
