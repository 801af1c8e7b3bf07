# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailReceipt")


@_attrs_define
class EmailReceipt:
    """An email delivery receipt.

    Attributes:
        message_id (str):
        email (str | Unset): The recipient's address.
        status (str | Unset): e.g. Delivered.
        timestamp (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    message_id: str
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        email = self.email

        status = self.status

        timestamp = UNSET if isinstance(self.timestamp, Unset) else self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp = (
            UNSET
            if isinstance(_timestamp, Unset)
            else unix_time(_timestamp, "EmailReceipt.timestamp")
        )

        email_receipt = cls(
            message_id=message_id,
            email=email,
            status=status,
            timestamp=timestamp,
        )

        email_receipt.additional_properties = d
        return email_receipt

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
