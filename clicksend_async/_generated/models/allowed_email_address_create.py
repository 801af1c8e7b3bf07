# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AllowedEmailAddressCreate")


@_attrs_define
class AllowedEmailAddressCreate:
    """
    Attributes:
        email_address (str): The address to allow as a sender; it must then be verified.
    """

    email_address: str

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_address": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address")

        allowed_email_address_create = cls(
            email_address=email_address,
        )

        return allowed_email_address_create
