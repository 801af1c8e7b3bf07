# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag_pagination import AlphaTagPagination


T = TypeVar("T", bound="AlphaTagPageMetadata")


@_attrs_define
class AlphaTagPageMetadata:
    """
    Attributes:
        pagination (AlphaTagPagination | Unset): Links of a cursor page; `next` is absent or null on the last page.
    """

    pagination: AlphaTagPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag_pagination import AlphaTagPagination  # noqa: PLC0415

        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: AlphaTagPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = AlphaTagPagination.from_dict(_pagination)

        alpha_tag_page_metadata = cls(
            pagination=pagination,
        )

        alpha_tag_page_metadata.additional_properties = d
        return alpha_tag_page_metadata

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
