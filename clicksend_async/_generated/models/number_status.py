# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberStatus")


@_attrs_define
class NumberStatus:
    """Where a number stands with registration (newer answers only).

    Attributes:
        value (int | Unset): Status code, e.g. 0.
        label (str | Unset): Status name, e.g. REGISTRATION_NOT_REQUIRED.
        description (str | Unset): A sentence for people.
        name (str | Unset): Short name, e.g. Ready to use.
    """

    value: int | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = UNSET if isinstance(self.value, Unset) else self.value

        label = self.label

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _value = d.pop("value", UNSET)
        value = UNSET if isinstance(_value, Unset) else integer(_value, "NumberStatus.value")

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        number_status = cls(
            value=value,
            label=label,
            description=description,
            name=name,
        )

        number_status.additional_properties = d
        return number_status

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
