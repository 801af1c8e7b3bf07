# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContactListImportPreviewRequest")


@_attrs_define
class ContactListImportPreviewRequest:
    """
    Attributes:
        file_url (str): URL of the CSV file an import would read.
    """

    file_url: str

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        contact_list_import_preview_request = cls(
            file_url=file_url,
        )

        return contact_list_import_preview_request
