# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_sender import SmsSender


T = TypeVar("T", bound="SmsCampaignSendRequest")


@_attrs_define
class SmsCampaignSendRequest:
    """The body of `send`, `price` and `update` of SMS campaigns. Marketing messages must carry
    an opt-out in `body` ("Reply STOP to opt out", or the StopMsg.me/xxxxx placeholder).

        Attributes:
            list_id (int): A whole number (int), e.g. 201 or "201".
            name (str): Name of the campaign.
            body (str): Text of the message, with placeholders such as (First Name); http://smsg.io/xxxxx
                marks where the short link of `url_to_shorten` goes.
            from_ (str | Unset): Sender id: a dedicated number, alpha tag or own number; leave out for a shared number.
            schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            url_to_shorten (str | Unset): A long URL to shorten into a tracked link (see link_statistics).
            senders (list[SmsSender] | Unset): Per-country senders (Smart Assign, beta; py6 only).
            source (str | Unset): Free text naming your application (py6 only).
    """

    list_id: int = _attrs_field(converter=integer_in)
    name: str
    body: str
    from_: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    url_to_shorten: str | Unset = UNSET
    senders: list[SmsSender] | Unset = UNSET
    source: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        body = self.body

        from_ = self.from_

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        url_to_shorten = self.url_to_shorten

        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
                "name": name,
                "body": body,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten
        if senders is not UNSET:
            field_dict["senders"] = senders
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_sender import SmsSender  # noqa: PLC0415

        d = dict(src_dict)
        list_id = integer(d.pop("list_id"), "SmsCampaignSendRequest.list_id")

        name = d.pop("name")

        body = d.pop("body")

        from_ = d.pop("from", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "SmsCampaignSendRequest.schedule")
        )

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        _senders = d.pop("senders", UNSET)
        senders: list[SmsSender] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = SmsSender.from_dict(senders_item_data)

                senders.append(senders_item)

        source = d.pop("source", UNSET)

        sms_campaign_send_request = cls(
            list_id=list_id,
            name=name,
            body=body,
            from_=from_,
            schedule=schedule,
            url_to_shorten=url_to_shorten,
            senders=senders,
            source=source,
        )

        return sms_campaign_send_request
