# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StrippedStringFields")


@_attrs_define
class StrippedStringFields:
    """
    Attributes:
        strip_string (str): The text to strip from emails.
    """

    strip_string: str

    def to_dict(self) -> dict[str, Any]:
        strip_string = self.strip_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strip_string": strip_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strip_string = d.pop("strip_string")

        stripped_string_fields = cls(
            strip_string=strip_string,
        )

        return stripped_string_fields
