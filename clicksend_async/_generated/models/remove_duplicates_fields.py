# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveDuplicatesFields")


@_attrs_define
class RemoveDuplicatesFields:
    """Which contact fields make two contacts duplicates: all of them must be equal (an email
    ignoring case). Without `fields` (or with an empty list): phone number, email and fax
    number all equal.

        Attributes:
            fields (list[str] | Unset): Contact field names: phone_number, email, fax_number, first_name, last_name,
                organization_name, address_line_1, address_line_2, address_city, address_state,
                address_postal_code, address_country, custom_1 to custom_4.
    """

    fields: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields", UNSET))

        remove_duplicates_fields = cls(
            fields=fields,
        )

        return remove_duplicates_fields
