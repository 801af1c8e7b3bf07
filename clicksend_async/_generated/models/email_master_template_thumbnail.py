# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailMasterTemplateThumbnail")


@_attrs_define
class EmailMasterTemplateThumbnail:
    """Preview images of a master template.

    Attributes:
        small (str | Unset): URL of the small preview.
        large (str | Unset): URL of the large preview.
    """

    small: str | Unset = UNSET
    large: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        small = self.small

        large = self.large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if small is not UNSET:
            field_dict["small"] = small
        if large is not UNSET:
            field_dict["large"] = large

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        small = d.pop("small", UNSET)

        large = d.pop("large", UNSET)

        email_master_template_thumbnail = cls(
            small=small,
            large=large,
        )

        email_master_template_thumbnail.additional_properties = d
        return email_master_template_thumbnail

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
