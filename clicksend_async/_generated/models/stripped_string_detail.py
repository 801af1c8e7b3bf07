# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="StrippedStringDetail")


@_attrs_define
class StrippedStringDetail:
    """
    Attributes:
        rule_id (int):
        strip_string (str | Unset): The text stripped from emails (the docs' name).
        stripped_string (str | Unset): The same text under the SDK models' name.
    """

    rule_id: int
    strip_string: str | Unset = UNSET
    stripped_string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        strip_string = self.strip_string

        stripped_string = self.stripped_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
            }
        )
        if strip_string is not UNSET:
            field_dict["strip_string"] = strip_string
        if stripped_string is not UNSET:
            field_dict["stripped_string"] = stripped_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = integer(d.pop("rule_id"), "StrippedStringDetail.rule_id")

        strip_string = d.pop("strip_string", UNSET)

        stripped_string = d.pop("stripped_string", UNSET)

        stripped_string_detail = cls(
            rule_id=rule_id,
            strip_string=strip_string,
            stripped_string=stripped_string,
        )

        stripped_string_detail.additional_properties = d
        return stripped_string_detail

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
