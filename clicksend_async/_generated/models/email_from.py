# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailFrom")


@_attrs_define
class EmailFrom:
    """The sender of an email: an allowed, verified address and a display name.

    Attributes:
        email_address_id (int): A whole number (int), e.g. 201 or "201".
        name (str | Unset): Display name of the sender.
    """

    email_address_id: int = _attrs_field(converter=integer_in)
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email_address_id = self.email_address_id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_address_id": email_address_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id = integer(d.pop("email_address_id"), "EmailFrom.email_address_id")

        name = d.pop("name", UNSET)

        email_from = cls(
            email_address_id=email_address_id,
            name=name,
        )

        return email_from
