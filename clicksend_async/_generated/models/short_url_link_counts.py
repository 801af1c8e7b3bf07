# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortUrlLinkCounts")


@_attrs_define
class ShortUrlLinkCounts:
    """
    Attributes:
        total (int | Unset): Short links sent.
        opened_unique (int | Unset): Links opened at least once.
        opened_total (int | Unset): Opens in all.
        unopened (int | Unset): Links never opened.
    """

    total: int | Unset = UNSET
    opened_unique: int | Unset = UNSET
    opened_total: int | Unset = UNSET
    unopened: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = UNSET if isinstance(self.total, Unset) else self.total

        opened_unique = UNSET if isinstance(self.opened_unique, Unset) else self.opened_unique

        opened_total = UNSET if isinstance(self.opened_total, Unset) else self.opened_total

        unopened = UNSET if isinstance(self.unopened, Unset) else self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if opened_unique is not UNSET:
            field_dict["opened_unique"] = opened_unique
        if opened_total is not UNSET:
            field_dict["opened_total"] = opened_total
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total = UNSET if isinstance(_total, Unset) else integer(_total, "ShortUrlLinkCounts.total")

        _opened_unique = d.pop("opened_unique", UNSET)
        opened_unique = (
            UNSET
            if isinstance(_opened_unique, Unset)
            else integer(_opened_unique, "ShortUrlLinkCounts.opened_unique")
        )

        _opened_total = d.pop("opened_total", UNSET)
        opened_total = (
            UNSET
            if isinstance(_opened_total, Unset)
            else integer(_opened_total, "ShortUrlLinkCounts.opened_total")
        )

        _unopened = d.pop("unopened", UNSET)
        unopened = (
            UNSET
            if isinstance(_unopened, Unset)
            else integer(_unopened, "ShortUrlLinkCounts.unopened")
        )

        short_url_link_counts = cls(
            total=total,
            opened_unique=opened_unique,
            opened_total=opened_total,
            unopened=unopened,
        )

        short_url_link_counts.additional_properties = d
        return short_url_link_counts

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
