# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_message import SmsMessage
    from ..models.sms_sender import SmsSender


T = TypeVar("T", bound="SmsSendRequest")


@_attrs_define
class SmsSendRequest:
    """The body of `send` and of `price`.

    Attributes:
        messages (list[SmsMessage]): The messages (up to 1,000, the contacts of a list counting).
        senders (list[SmsSender] | Unset): Per-country senders (Smart Assign, beta; py6 and mcp only).
        shorten_urls (bool | Unset): true to replace one URL in each message with a tracked short link.
    """

    messages: list[SmsMessage]
    senders: list[SmsSender] | Unset = UNSET
    shorten_urls: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        shorten_urls = self.shorten_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
            }
        )
        if senders is not UNSET:
            field_dict["senders"] = senders
        if shorten_urls is not UNSET:
            field_dict["shorten_urls"] = shorten_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_message import SmsMessage  # noqa: PLC0415
        from ..models.sms_sender import SmsSender  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        _senders = d.pop("senders", UNSET)
        senders: list[SmsSender] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = SmsSender.from_dict(senders_item_data)

                senders.append(senders_item)

        shorten_urls = d.pop("shorten_urls", UNSET)

        sms_send_request = cls(
            messages=messages,
            senders=senders,
            shorten_urls=shorten_urls,
        )

        return sms_send_request
