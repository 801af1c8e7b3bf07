# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedAddressFields")


@_attrs_define
class AllowedAddressFields:
    """
    Attributes:
        email_address (str): Your email address
        from_ (str | Unset): Your sender id
    """

    email_address: str
    from_: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        from_ = self.from_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_address": email_address,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address")

        from_ = d.pop("from", UNSET)

        allowed_address_fields = cls(
            email_address=email_address,
            from_=from_,
        )

        return allowed_address_fields
