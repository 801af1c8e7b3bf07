# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_url_open import ShortUrlOpen


T = TypeVar("T", bound="ShortUrlTrackingPage")


@_attrs_define
class ShortUrlTrackingPage:
    """One cursor page of opens (possibly empty, on the last page).

    Attributes:
        data (list[ShortUrlOpen]):
        total (int | Unset): Opens on all pages.
        per_page (int | Unset): Items per page.
        current_page_size (int | Unset): Items on this page.
        prev_page_url (None | str | Unset): URL of the previous page.
        next_page_url (None | str | Unset): URL of the next page; absent or null on the last.
    """

    data: list[ShortUrlOpen]
    total: int | Unset = UNSET
    per_page: int | Unset = UNSET
    current_page_size: int | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = UNSET if isinstance(self.total, Unset) else self.total

        per_page = UNSET if isinstance(self.per_page, Unset) else self.per_page

        current_page_size = (
            UNSET if isinstance(self.current_page_size, Unset) else self.current_page_size
        )

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if current_page_size is not UNSET:
            field_dict["current_page_size"] = current_page_size
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_url_open import ShortUrlOpen  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ShortUrlOpen.from_dict(data_item_data)

            data.append(data_item)

        _total = d.pop("total", UNSET)
        total = (
            UNSET if isinstance(_total, Unset) else integer(_total, "ShortUrlTrackingPage.total")
        )

        _per_page = d.pop("per_page", UNSET)
        per_page = (
            UNSET
            if isinstance(_per_page, Unset)
            else integer(_per_page, "ShortUrlTrackingPage.per_page")
        )

        _current_page_size = d.pop("current_page_size", UNSET)
        current_page_size = (
            UNSET
            if isinstance(_current_page_size, Unset)
            else integer(_current_page_size, "ShortUrlTrackingPage.current_page_size")
        )

        prev_page_url = cast(None | str | Unset, d.pop("prev_page_url", UNSET))

        next_page_url = cast(None | str | Unset, d.pop("next_page_url", UNSET))

        short_url_tracking_page = cls(
            data=data,
            total=total,
            per_page=per_page,
            current_page_size=current_page_size,
            prev_page_url=prev_page_url,
            next_page_url=next_page_url,
        )

        short_url_tracking_page.additional_properties = d
        return short_url_tracking_page

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
