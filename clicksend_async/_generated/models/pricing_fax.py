# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingFax")


@_attrs_define
class PricingFax:
    """
    Attributes:
        price_fax (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        dedicated_number_setup (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        dedicated_number_monthly (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    price_fax: Decimal | Unset = UNSET
    dedicated_number_setup: Decimal | Unset = UNSET
    dedicated_number_monthly: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_fax = UNSET if isinstance(self.price_fax, Unset) else format(self.price_fax, "f")

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_fax is not UNSET:
            field_dict["price_fax"] = price_fax
        if dedicated_number_setup is not UNSET:
            field_dict["dedicated_number_setup"] = dedicated_number_setup
        if dedicated_number_monthly is not UNSET:
            field_dict["dedicated_number_monthly"] = dedicated_number_monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_fax = d.pop("price_fax", UNSET)
        price_fax = (
            UNSET if isinstance(_price_fax, Unset) else money(_price_fax, "PricingFax.price_fax")
        )

        _dedicated_number_setup = d.pop("dedicated_number_setup", UNSET)
        dedicated_number_setup = (
            UNSET
            if isinstance(_dedicated_number_setup, Unset)
            else money(_dedicated_number_setup, "PricingFax.dedicated_number_setup")
        )

        _dedicated_number_monthly = d.pop("dedicated_number_monthly", UNSET)
        dedicated_number_monthly = (
            UNSET
            if isinstance(_dedicated_number_monthly, Unset)
            else money(_dedicated_number_monthly, "PricingFax.dedicated_number_monthly")
        )

        pricing_fax = cls(
            price_fax=price_fax,
            dedicated_number_setup=dedicated_number_setup,
            dedicated_number_monthly=dedicated_number_monthly,
        )

        pricing_fax.additional_properties = d
        return pricing_fax

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
