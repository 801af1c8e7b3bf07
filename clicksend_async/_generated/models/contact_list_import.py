# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContactListImport")


@_attrs_define
class ContactListImport:
    """
    Attributes:
        file_url (str): URL of file to process
        field_order (list[str]): Order of fields in file
    """

    file_url: str
    field_order: list[str]

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        field_order = self.field_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
                "field_order": field_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        field_order = cast(list[str], d.pop("field_order"))

        contact_list_import = cls(
            file_url=file_url,
            field_order=field_order,
        )

        return contact_list_import
