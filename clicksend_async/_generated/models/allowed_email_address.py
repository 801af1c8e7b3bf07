# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedEmailAddress")


@_attrs_define
class AllowedEmailAddress:
    """An address email may be sent from, once verified.

    Attributes:
        email_address_id (int):
        email_address (str):
        verified (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    email_address_id: int
    email_address: str
    verified: bool | Unset = UNSET
    date_added: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_id = self.email_address_id

        email_address = self.email_address

        verified = UNSET if isinstance(self.verified, Unset) else int(self.verified)

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address_id": email_address_id,
                "email_address": email_address,
            }
        )
        if verified is not UNSET:
            field_dict["verified"] = verified
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id = integer(
            d.pop("email_address_id"), "AllowedEmailAddress.email_address_id"
        )

        email_address = d.pop("email_address")

        _verified = d.pop("verified", UNSET)
        verified = (
            UNSET
            if isinstance(_verified, Unset)
            else flag(_verified, "AllowedEmailAddress.verified")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "AllowedEmailAddress.date_added")
        )

        allowed_email_address = cls(
            email_address_id=email_address_id,
            email_address=email_address,
            verified=verified,
            date_added=date_added,
        )

        allowed_email_address.additional_properties = d
        return allowed_email_address

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
