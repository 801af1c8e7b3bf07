# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingEmail")


@_attrs_define
class PricingEmail:
    """
    Attributes:
        price_rate_0 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_1 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_2 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_rate_3 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    price_rate_0: Decimal | Unset = UNSET
    price_rate_1: Decimal | Unset = UNSET
    price_rate_2: Decimal | Unset = UNSET
    price_rate_3: Decimal | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_rate_0 = d.pop("price_rate_0", UNSET)
        price_rate_0 = (
            UNSET
            if isinstance(_price_rate_0, Unset)
            else money(_price_rate_0, "PricingEmail.price_rate_0")
        )

        _price_rate_1 = d.pop("price_rate_1", UNSET)
        price_rate_1 = (
            UNSET
            if isinstance(_price_rate_1, Unset)
            else money(_price_rate_1, "PricingEmail.price_rate_1")
        )

        _price_rate_2 = d.pop("price_rate_2", UNSET)
        price_rate_2 = (
            UNSET
            if isinstance(_price_rate_2, Unset)
            else money(_price_rate_2, "PricingEmail.price_rate_2")
        )

        _price_rate_3 = d.pop("price_rate_3", UNSET)
        price_rate_3 = (
            UNSET
            if isinstance(_price_rate_3, Unset)
            else money(_price_rate_3, "PricingEmail.price_rate_3")
        )

        pricing_email = cls(
            price_rate_0=price_rate_0,
            price_rate_1=price_rate_1,
            price_rate_2=price_rate_2,
            price_rate_3=price_rate_3,
        )

        pricing_email.additional_properties = d
        return pricing_email

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
