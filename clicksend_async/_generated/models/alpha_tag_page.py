# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag import AlphaTag
    from ..models.alpha_tag_page_metadata import AlphaTagPageMetadata


T = TypeVar("T", bound="AlphaTagPage")


@_attrs_define
class AlphaTagPage:
    """One cursor page of alpha tags (possibly empty, on the last page).

    Attributes:
        alpha_tags (list[AlphaTag]):
        metadata (AlphaTagPageMetadata | Unset):
    """

    alpha_tags: list[AlphaTag]
    metadata: AlphaTagPageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_tags = []
        for alpha_tags_item_data in self.alpha_tags:
            alpha_tags_item = alpha_tags_item_data.to_dict()
            alpha_tags.append(alpha_tags_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alpha_tags": alpha_tags,
            }
        )
        if metadata is not UNSET:
            field_dict["_metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag import AlphaTag  # noqa: PLC0415
        from ..models.alpha_tag_page_metadata import AlphaTagPageMetadata  # noqa: PLC0415

        d = dict(src_dict)
        alpha_tags = []
        _alpha_tags = d.pop("alpha_tags")
        for alpha_tags_item_data in _alpha_tags:
            alpha_tags_item = AlphaTag.from_dict(alpha_tags_item_data)

            alpha_tags.append(alpha_tags_item)

        _metadata = d.pop("_metadata", UNSET)
        metadata: AlphaTagPageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AlphaTagPageMetadata.from_dict(_metadata)

        alpha_tag_page = cls(
            alpha_tags=alpha_tags,
            metadata=metadata,
        )

        alpha_tag_page.additional_properties = d
        return alpha_tag_page

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
