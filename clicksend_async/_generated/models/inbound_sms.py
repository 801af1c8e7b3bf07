# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundSms")


@_attrs_define
class InboundSms:
    """An inbound SMS (a reply), as polled and as ClickSend posts it to a webhook (where every
    value is a string).

        Attributes:
            message_id (str):
            timestamp (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            timestamp_send (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            from_ (str | Unset): The sender's number.
            to (str | Unset): Your number it was sent to.
            body (str | Unset):
            original_body (None | str | Unset): The text of your message it replies to.
            original_message_id (None | str | Unset): The id of your message it replies to.
            custom_string (None | str | Unset): The custom_string of your message it replies to.
            keyword (str | Unset):
    """

    message_id: str
    timestamp: int | Unset = UNSET
    timestamp_send: int | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    body: str | Unset = UNSET
    original_body: None | str | Unset = UNSET
    original_message_id: None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    keyword: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        timestamp = UNSET if isinstance(self.timestamp, Unset) else self.timestamp

        timestamp_send = UNSET if isinstance(self.timestamp_send, Unset) else self.timestamp_send

        from_ = self.from_

        to = self.to

        body = self.body

        original_body: None | str | Unset
        if isinstance(self.original_body, Unset):
            original_body = UNSET
        else:
            original_body = self.original_body

        original_message_id: None | str | Unset
        if isinstance(self.original_message_id, Unset):
            original_message_id = UNSET
        else:
            original_message_id = self.original_message_id

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        keyword = self.keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if body is not UNSET:
            field_dict["body"] = body
        if original_body is not UNSET:
            field_dict["original_body"] = original_body
        if original_message_id is not UNSET:
            field_dict["original_message_id"] = original_message_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if keyword is not UNSET:
            field_dict["_keyword"] = keyword

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp = (
            UNSET
            if isinstance(_timestamp, Unset)
            else unix_time(_timestamp, "InboundSms.timestamp")
        )

        _timestamp_send = d.pop("timestamp_send", UNSET)
        timestamp_send = (
            UNSET
            if isinstance(_timestamp_send, Unset)
            else unix_time(_timestamp_send, "InboundSms.timestamp_send")
        )

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        body = d.pop("body", UNSET)

        original_body = cast(None | str | Unset, d.pop("original_body", UNSET))

        original_message_id = cast(None | str | Unset, d.pop("original_message_id", UNSET))

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        keyword = d.pop("_keyword", UNSET)

        inbound_sms = cls(
            message_id=message_id,
            timestamp=timestamp,
            timestamp_send=timestamp_send,
            from_=from_,
            to=to,
            body=body,
            original_body=original_body,
            original_message_id=original_message_id,
            custom_string=custom_string,
            keyword=keyword,
        )

        inbound_sms.additional_properties = d
        return inbound_sms

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
