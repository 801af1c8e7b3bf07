# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateCategory")


@_attrs_define
class EmailTemplateCategory:
    """A category of master email templates.

    Attributes:
        category_id (int):
        name (str | Unset):
        category_name (str | Unset):
    """

    category_id: int
    name: str | Unset = UNSET
    category_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        name = self.name

        category_name = self.category_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if category_name is not UNSET:
            field_dict["category_name"] = category_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = integer(d.pop("category_id"), "EmailTemplateCategory.category_id")

        name = d.pop("name", UNSET)

        category_name = d.pop("category_name", UNSET)

        email_template_category = cls(
            category_id=category_id,
            name=name,
            category_name=category_name,
        )

        email_template_category.additional_properties = d
        return email_template_category

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
