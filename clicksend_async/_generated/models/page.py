# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """The page object of paginated calls. By default, 1 page of 15 items is returned.
    ClickSend may add more keys (first_page_url, last_page_url, path, links): accepted and kept.

        Attributes:
            total (int): Total number of results available.
            per_page (int): Number of results returned per page.
            current_page (int): Current page number.
            last_page (int): Last page number.
            next_page_url (None | str | Unset): A URL of the next page. null if not available.
            prev_page_url (None | str | Unset): A URL of the previous page. null if not available.
            from_ (int | None | Unset): Number of the first result in current page.
            to (int | None | Unset): Number of the last result in current page.
    """

    total: int
    per_page: int
    current_page: int
    last_page: int
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

        current_page = self.current_page

        last_page = self.last_page

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        from_ = (
            UNSET if isinstance(self.from_, Unset) else None if self.from_ is None else self.from_
        )

        to = UNSET if isinstance(self.to, Unset) else None if self.to is None else self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
            }
        )
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = integer(d.pop("total"), "Page.total")

        per_page = integer(d.pop("per_page"), "Page.per_page")

        current_page = integer(d.pop("current_page"), "Page.current_page")

        last_page = integer(d.pop("last_page"), "Page.last_page")

        next_page_url = cast(None | str | Unset, d.pop("next_page_url", UNSET))

        prev_page_url = cast(None | str | Unset, d.pop("prev_page_url", UNSET))

        _from_ = d.pop("from", UNSET)
        from_ = UNSET if isinstance(_from_, Unset) else nullable_integer(_from_, "Page.from_")

        _to = d.pop("to", UNSET)
        to = UNSET if isinstance(_to, Unset) else nullable_integer(_to, "Page.to")

        page = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            from_=from_,
            to=to,
        )

        page.additional_properties = d
        return page

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
