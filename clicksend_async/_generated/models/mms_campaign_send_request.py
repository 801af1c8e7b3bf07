# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaignSendRequest")


@_attrs_define
class MmsCampaignSendRequest:
    """The body of `send`, `price` and `update` of MMS campaigns. Marketing messages must carry
    an opt-out in `body`.

        Attributes:
            list_id (int): A whole number (int), e.g. 201 or "201".
            name (str): Name of the campaign.
            subject (str): Subject (up to 20 characters).
            body (str): Text of the message, with placeholders such as (First Name).
            media_file (str): Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and bmp through
                `POST /uploads?convert=mms` first).
            from_ (str | Unset): Your sender id; leave out for a shared number.
            schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            url_to_shorten (str | Unset): A long URL to shorten into a tracked link placed at http://smsg.io/xxxxx in the
                body.
    """

    list_id: int = _attrs_field(converter=integer_in)
    name: str
    subject: str
    body: str
    media_file: str
    from_: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    url_to_shorten: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        subject = self.subject

        body = self.body

        media_file = self.media_file

        from_ = self.from_

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        url_to_shorten = self.url_to_shorten

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
                "name": name,
                "subject": subject,
                "body": body,
                "media_file": media_file,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = integer(d.pop("list_id"), "MmsCampaignSendRequest.list_id")

        name = d.pop("name")

        subject = d.pop("subject")

        body = d.pop("body")

        media_file = d.pop("media_file")

        from_ = d.pop("from", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "MmsCampaignSendRequest.schedule")
        )

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        mms_campaign_send_request = cls(
            list_id=list_id,
            name=name,
            subject=subject,
            body=body,
            media_file=media_file,
            from_=from_,
            schedule=schedule,
            url_to_shorten=url_to_shorten,
        )

        return mms_campaign_send_request
