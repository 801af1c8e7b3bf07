# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sender import DefaultSender


T = TypeVar("T", bound="DefaultSenderPage")


@_attrs_define
class DefaultSenderPage:
    """One cursor page of default sender settings (possibly empty, on the last page); no page
    numbers or totals, only the links.

        Attributes:
            data (list[DefaultSender]):
            per_page (int | Unset): Items per page.
            self_page_url (None | str | Unset): URL of this page.
            next_page_url (None | str | Unset): URL of the next page; absent or null on the last.
    """

    data: list[DefaultSender]
    per_page: int | Unset = UNSET
    self_page_url: None | str | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        per_page = UNSET if isinstance(self.per_page, Unset) else self.per_page

        self_page_url: None | str | Unset
        if isinstance(self.self_page_url, Unset):
            self_page_url = UNSET
        else:
            self_page_url = self.self_page_url

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
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if self_page_url is not UNSET:
            field_dict["self_page_url"] = self_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender import DefaultSender  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DefaultSender.from_dict(data_item_data)

            data.append(data_item)

        _per_page = d.pop("per_page", UNSET)
        per_page = (
            UNSET
            if isinstance(_per_page, Unset)
            else integer(_per_page, "DefaultSenderPage.per_page")
        )

        self_page_url = cast(None | str | Unset, d.pop("self_page_url", UNSET))

        next_page_url = cast(None | str | Unset, d.pop("next_page_url", UNSET))

        default_sender_page = cls(
            data=data,
            per_page=per_page,
            self_page_url=self_page_url,
            next_page_url=next_page_url,
        )

        default_sender_page.additional_properties = d
        return default_sender_page

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
