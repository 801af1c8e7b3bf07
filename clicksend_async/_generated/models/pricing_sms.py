# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingSms")


@_attrs_define
class PricingSms:
    """
    Attributes:
        price_rate_0 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_1 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_2 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_3 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        dedicated_number_setup (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        dedicated_number_monthly (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        dedicated_number_shortcode_setup (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or
            0.0792.
        dedicated_number_shortcode_monthly (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or
            0.0792.
    """

    price_rate_0: Decimal | Unset = UNSET
    price_rate_1: Decimal | Unset = UNSET
    price_rate_2: Decimal | Unset = UNSET
    price_rate_3: Decimal | Unset = UNSET
    dedicated_number_setup: Decimal | Unset = UNSET
    dedicated_number_monthly: Decimal | Unset = UNSET
    dedicated_number_shortcode_setup: Decimal | Unset = UNSET
    dedicated_number_shortcode_monthly: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_rate_0 = (
            UNSET if isinstance(self.price_rate_0, Unset) else format(self.price_rate_0, "f")
        )

        price_rate_1 = (
            UNSET if isinstance(self.price_rate_1, Unset) else format(self.price_rate_1, "f")
        )

        price_rate_2 = (
            UNSET if isinstance(self.price_rate_2, Unset) else format(self.price_rate_2, "f")
        )

        price_rate_3 = (
            UNSET if isinstance(self.price_rate_3, Unset) else format(self.price_rate_3, "f")
        )

        dedicated_number_setup = (
            UNSET
            if isinstance(self.dedicated_number_setup, Unset)
            else format(self.dedicated_number_setup, "f")
        )

        dedicated_number_monthly = (
            UNSET
            if isinstance(self.dedicated_number_monthly, Unset)
            else format(self.dedicated_number_monthly, "f")
        )

        dedicated_number_shortcode_setup = (
            UNSET
            if isinstance(self.dedicated_number_shortcode_setup, Unset)
            else format(self.dedicated_number_shortcode_setup, "f")
        )

        dedicated_number_shortcode_monthly = (
            UNSET
            if isinstance(self.dedicated_number_shortcode_monthly, Unset)
            else format(self.dedicated_number_shortcode_monthly, "f")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_rate_0 is not UNSET:
            field_dict["price_rate_0"] = price_rate_0
        if price_rate_1 is not UNSET:
            field_dict["price_rate_1"] = price_rate_1
        if price_rate_2 is not UNSET:
            field_dict["price_rate_2"] = price_rate_2
        if price_rate_3 is not UNSET:
            field_dict["price_rate_3"] = price_rate_3
        if dedicated_number_setup is not UNSET:
            field_dict["dedicated_number_setup"] = dedicated_number_setup
        if dedicated_number_monthly is not UNSET:
            field_dict["dedicated_number_monthly"] = dedicated_number_monthly
        if dedicated_number_shortcode_setup is not UNSET:
            field_dict["dedicated_number_shortcode_setup"] = dedicated_number_shortcode_setup
        if dedicated_number_shortcode_monthly is not UNSET:
            field_dict["dedicated_number_shortcode_monthly"] = dedicated_number_shortcode_monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_rate_0 = d.pop("price_rate_0", UNSET)
        price_rate_0 = (
            UNSET
            if isinstance(_price_rate_0, Unset)
            else money(_price_rate_0, "PricingSms.price_rate_0")
        )

        _price_rate_1 = d.pop("price_rate_1", UNSET)
        price_rate_1 = (
            UNSET
            if isinstance(_price_rate_1, Unset)
            else money(_price_rate_1, "PricingSms.price_rate_1")
        )

        _price_rate_2 = d.pop("price_rate_2", UNSET)
        price_rate_2 = (
            UNSET
            if isinstance(_price_rate_2, Unset)
            else money(_price_rate_2, "PricingSms.price_rate_2")
        )

        _price_rate_3 = d.pop("price_rate_3", UNSET)
        price_rate_3 = (
            UNSET
            if isinstance(_price_rate_3, Unset)
            else money(_price_rate_3, "PricingSms.price_rate_3")
        )

        _dedicated_number_setup = d.pop("dedicated_number_setup", UNSET)
        dedicated_number_setup = (
            UNSET
            if isinstance(_dedicated_number_setup, Unset)
            else money(_dedicated_number_setup, "PricingSms.dedicated_number_setup")
        )

        _dedicated_number_monthly = d.pop("dedicated_number_monthly", UNSET)
        dedicated_number_monthly = (
            UNSET
            if isinstance(_dedicated_number_monthly, Unset)
            else money(_dedicated_number_monthly, "PricingSms.dedicated_number_monthly")
        )

        _dedicated_number_shortcode_setup = d.pop("dedicated_number_shortcode_setup", UNSET)
        dedicated_number_shortcode_setup = (
            UNSET
            if isinstance(_dedicated_number_shortcode_setup, Unset)
            else money(
                _dedicated_number_shortcode_setup, "PricingSms.dedicated_number_shortcode_setup"
            )
        )

        _dedicated_number_shortcode_monthly = d.pop("dedicated_number_shortcode_monthly", UNSET)
        dedicated_number_shortcode_monthly = (
            UNSET
            if isinstance(_dedicated_number_shortcode_monthly, Unset)
            else money(
                _dedicated_number_shortcode_monthly, "PricingSms.dedicated_number_shortcode_monthly"
            )
        )

        pricing_sms = cls(
            price_rate_0=price_rate_0,
            price_rate_1=price_rate_1,
            price_rate_2=price_rate_2,
            price_rate_3=price_rate_3,
            dedicated_number_setup=dedicated_number_setup,
            dedicated_number_monthly=dedicated_number_monthly,
            dedicated_number_shortcode_setup=dedicated_number_shortcode_setup,
            dedicated_number_shortcode_monthly=dedicated_number_shortcode_monthly,
        )

        pricing_sms.additional_properties = d
        return pricing_sms

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
