# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContactListFields")


@_attrs_define
class ContactListFields:
    """
    Attributes:
        list_name (str): Your contact list name
    """

    list_name: str

    def to_dict(self) -> dict[str, Any]:
        list_name = self.list_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_name": list_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_name = d.pop("list_name")

        contact_list_fields = cls(
            list_name=list_name,
        )

        return contact_list_fields
