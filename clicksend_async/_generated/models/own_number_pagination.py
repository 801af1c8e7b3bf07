# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberPagination")


@_attrs_define
class OwnNumberPagination:
    """Links of a cursor page; `next` is absent or null on the last page.

    Attributes:
        self_ (None | str | Unset): URL of this page.
        next_ (None | str | Unset): URL of the next page.
        page_size (int | Unset): Items per page.
    """

    self_: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        page_size = UNSET if isinstance(self.page_size, Unset) else self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = cast(None | str | Unset, d.pop("self", UNSET))

        next_ = cast(None | str | Unset, d.pop("next", UNSET))

        _page_size = d.pop("page_size", UNSET)
        page_size = (
            UNSET
            if isinstance(_page_size, Unset)
            else integer(_page_size, "OwnNumberPagination.page_size")
        )

        own_number_pagination = cls(
            self_=self_,
            next_=next_,
            page_size=page_size,
        )

        own_number_pagination.additional_properties = d
        return own_number_pagination

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
