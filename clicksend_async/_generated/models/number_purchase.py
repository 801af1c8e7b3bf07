# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="NumberPurchase")


@_attrs_define
class NumberPurchase:
    """A number bought, and what it cost.

    Attributes:
        dedicated_number (str): The number in E.164 format.
        country (str | Unset): Two-letter ISO country code.
        price_total (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_setup (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_monthly (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (Currency | Unset):
    """

    dedicated_number: str
    country: str | Unset = UNSET
    price_total: Decimal | Unset = UNSET
    price_setup: Decimal | Unset = UNSET
    price_monthly: Decimal | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        country = self.country

        price_total = (
            UNSET if isinstance(self.price_total, Unset) else format(self.price_total, "f")
        )

        price_setup = (
            UNSET if isinstance(self.price_setup, Unset) else format(self.price_setup, "f")
        )

        price_monthly = (
            UNSET if isinstance(self.price_monthly, Unset) else format(self.price_monthly, "f")
        )

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if price_total is not UNSET:
            field_dict["price_total"] = price_total
        if price_setup is not UNSET:
            field_dict["_price_setup"] = price_setup
        if price_monthly is not UNSET:
            field_dict["_price_monthly"] = price_monthly
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        country = d.pop("country", UNSET)

        _price_total = d.pop("price_total", UNSET)
        price_total = (
            UNSET
            if isinstance(_price_total, Unset)
            else money(_price_total, "NumberPurchase.price_total")
        )

        _price_setup = d.pop("_price_setup", UNSET)
        price_setup = (
            UNSET
            if isinstance(_price_setup, Unset)
            else money(_price_setup, "NumberPurchase.price_setup")
        )

        _price_monthly = d.pop("_price_monthly", UNSET)
        price_monthly = (
            UNSET
            if isinstance(_price_monthly, Unset)
            else money(_price_monthly, "NumberPurchase.price_monthly")
        )

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        number_purchase = cls(
            dedicated_number=dedicated_number,
            country=country,
            price_total=price_total,
            price_setup=price_setup,
            price_monthly=price_monthly,
            currency=currency,
        )

        number_purchase.additional_properties = d
        return number_purchase

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
