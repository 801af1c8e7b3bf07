# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.number_dedicated import NumberDedicated


T = TypeVar("T", bound="NumberPage")


@_attrs_define
class NumberPage:
    """
    Attributes:
        total (int): Total number of results available.
        per_page (int): Number of results returned per page.
        current_page (int): Current page number.
        last_page (int): Last page number.
        data (list[NumberDedicated]):
        next_page_url (None | str | Unset): A URL of the next page. null if not available.
        prev_page_url (None | str | Unset): A URL of the previous page. null if not available.
        from_ (int | None | Unset): Number of the first result in current page.
        to (int | None | Unset): Number of the last result in current page.
        currency (Currency | Unset):
    """

    total: int
    per_page: int
    current_page: int
    last_page: int
    data: list[NumberDedicated]
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

        current_page = self.current_page

        last_page = self.last_page

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
                "data": data,
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
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.number_dedicated import NumberDedicated  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        per_page = d.pop("per_page")

        current_page = d.pop("current_page")

        last_page = d.pop("last_page")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = NumberDedicated.from_dict(data_item_data)

            data.append(data_item)

        next_page_url = cast(None | str | Unset, d.pop("next_page_url", UNSET))

        prev_page_url = cast(None | str | Unset, d.pop("prev_page_url", UNSET))

        from_ = cast(int | None | Unset, d.pop("from", UNSET))

        to = cast(int | None | Unset, d.pop("to", UNSET))

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        number_page = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            data=data,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            from_=from_,
            to=to,
            currency=currency,
        )

        number_page.additional_properties = d
        return number_page

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
