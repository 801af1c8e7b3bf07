# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberAvailable")


@_attrs_define
class NumberAvailable:
    """A number available to buy.

    Attributes:
        dedicated_number (str): The number in E.164 format.
        country (str | Unset): Two-letter ISO country code.
        country_name (str | Unset):
        price_setup (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_monthly (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_total (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        address_requirement (None | str | Unset): Address proof the country requires
        price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (str | Unset): ISO 4217 code of the prices, e.g. USD.
    """

    dedicated_number: str
    country: str | Unset = UNSET
    country_name: str | Unset = UNSET
    price_setup: Decimal | Unset = UNSET
    price_monthly: Decimal | Unset = UNSET
    price_total: Decimal | Unset = UNSET
    address_requirement: None | str | Unset = UNSET
    price: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        country = self.country

        country_name = self.country_name

        price_setup = (
            UNSET if isinstance(self.price_setup, Unset) else format(self.price_setup, "f")
        )

        price_monthly = (
            UNSET if isinstance(self.price_monthly, Unset) else format(self.price_monthly, "f")
        )

        price_total = (
            UNSET if isinstance(self.price_total, Unset) else format(self.price_total, "f")
        )

        address_requirement: None | str | Unset
        if isinstance(self.address_requirement, Unset):
            address_requirement = UNSET
        else:
            address_requirement = self.address_requirement

        price = UNSET if isinstance(self.price, Unset) else format(self.price, "f")

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if price_setup is not UNSET:
            field_dict["price_setup"] = price_setup
        if price_monthly is not UNSET:
            field_dict["price_monthly"] = price_monthly
        if price_total is not UNSET:
            field_dict["price_total"] = price_total
        if address_requirement is not UNSET:
            field_dict["address_requirement"] = address_requirement
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        country = d.pop("country", UNSET)

        country_name = d.pop("country_name", UNSET)

        _price_setup = d.pop("price_setup", UNSET)
        price_setup = (
            UNSET
            if isinstance(_price_setup, Unset)
            else money(_price_setup, "NumberAvailable.price_setup")
        )

        _price_monthly = d.pop("price_monthly", UNSET)
        price_monthly = (
            UNSET
            if isinstance(_price_monthly, Unset)
            else money(_price_monthly, "NumberAvailable.price_monthly")
        )

        _price_total = d.pop("price_total", UNSET)
        price_total = (
            UNSET
            if isinstance(_price_total, Unset)
            else money(_price_total, "NumberAvailable.price_total")
        )

        address_requirement = cast(None | str | Unset, d.pop("address_requirement", UNSET))

        _price = d.pop("price", UNSET)
        price = UNSET if isinstance(_price, Unset) else money(_price, "NumberAvailable.price")

        currency = d.pop("currency", UNSET)

        number_available = cls(
            dedicated_number=dedicated_number,
            country=country,
            country_name=country_name,
            price_setup=price_setup,
            price_monthly=price_monthly,
            price_total=price_total,
            address_requirement=address_requirement,
            price=price,
            currency=currency,
        )

        number_available.additional_properties = d
        return number_available

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
