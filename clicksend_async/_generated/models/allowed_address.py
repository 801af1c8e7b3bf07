# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedAddress")


@_attrs_define
class AllowedAddress:
    """
    Attributes:
        email_address_id (int):
        email_address (str):
        from_ (None | str | Unset): Sender id of the messages sent from this address.
    """

    email_address_id: int
    email_address: str
    from_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_id = self.email_address_id

        email_address = self.email_address

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address_id": email_address_id,
                "email_address": email_address,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id = integer(d.pop("email_address_id"), "AllowedAddress.email_address_id")

        email_address = d.pop("email_address")

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        allowed_address = cls(
            email_address_id=email_address_id,
            email_address=email_address,
            from_=from_,
        )

        allowed_address.additional_properties = d
        return allowed_address

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
