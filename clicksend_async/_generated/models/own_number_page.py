# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.own_number import OwnNumber
    from ..models.own_number_page_metadata import OwnNumberPageMetadata


T = TypeVar("T", bound="OwnNumberPage")


@_attrs_define
class OwnNumberPage:
    """One cursor page of own numbers (possibly empty, on the last page).

    Attributes:
        own_numbers (list[OwnNumber]):
        metadata (OwnNumberPageMetadata | Unset):
    """

    own_numbers: list[OwnNumber]
    metadata: OwnNumberPageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        own_numbers = []
        for own_numbers_item_data in self.own_numbers:
            own_numbers_item = own_numbers_item_data.to_dict()
            own_numbers.append(own_numbers_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "own_numbers": own_numbers,
            }
        )
        if metadata is not UNSET:
            field_dict["_metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.own_number import OwnNumber  # noqa: PLC0415
        from ..models.own_number_page_metadata import OwnNumberPageMetadata  # noqa: PLC0415

        d = dict(src_dict)
        own_numbers = []
        _own_numbers = d.pop("own_numbers")
        for own_numbers_item_data in _own_numbers:
            own_numbers_item = OwnNumber.from_dict(own_numbers_item_data)

            own_numbers.append(own_numbers_item)

        _metadata = d.pop("_metadata", UNSET)
        metadata: OwnNumberPageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OwnNumberPageMetadata.from_dict(_metadata)

        own_number_page = cls(
            own_numbers=own_numbers,
            metadata=metadata,
        )

        own_number_page.additional_properties = d
        return own_number_page

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
