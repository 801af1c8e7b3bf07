# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsReceipt")


@_attrs_define
class MmsReceipt:
    """A delivery receipt of an MMS, as polled and as ClickSend posts it to a webhook. No SDK
    models it; the fields are the docs' (those of SmsReceipt).

        Attributes:
            message_id (str):
            timestamp (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            timestamp_send (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            status_code (None | str | Unset):
            status_text (None | str | Unset):
            error_code (None | str | Unset):
            error_text (None | str | Unset):
            custom_string (None | str | Unset):
            subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
            message_type (str | Unset): mms.
    """

    message_id: str
    timestamp: int | Unset = UNSET
    timestamp_send: int | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_text: None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    message_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        timestamp = UNSET if isinstance(self.timestamp, Unset) else self.timestamp

        timestamp_send = UNSET if isinstance(self.timestamp_send, Unset) else self.timestamp_send

        status_code: None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_text: None | str | Unset
        if isinstance(self.error_text, Unset):
            error_text = UNSET
        else:
            error_text = self.error_text

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        message_type = self.message_type

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
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_text is not UNSET:
            field_dict["error_text"] = error_text
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp = (
            UNSET
            if isinstance(_timestamp, Unset)
            else unix_time(_timestamp, "MmsReceipt.timestamp")
        )

        _timestamp_send = d.pop("timestamp_send", UNSET)
        timestamp_send = (
            UNSET
            if isinstance(_timestamp_send, Unset)
            else unix_time(_timestamp_send, "MmsReceipt.timestamp_send")
        )

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        error_code = cast(None | str | Unset, d.pop("error_code", UNSET))

        error_text = cast(None | str | Unset, d.pop("error_text", UNSET))

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "MmsReceipt.subaccount_id")
        )

        message_type = d.pop("message_type", UNSET)

        mms_receipt = cls(
            message_id=message_id,
            timestamp=timestamp,
            timestamp_send=timestamp_send,
            status_code=status_code,
            status_text=status_text,
            error_code=error_code,
            error_text=error_text,
            custom_string=custom_string,
            subaccount_id=subaccount_id,
            message_type=message_type,
        )

        mms_receipt.additional_properties = d
        return mms_receipt

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
