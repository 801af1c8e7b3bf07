# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingVoice")


@_attrs_define
class PricingVoice:
    """
    Attributes:
        price_mobile (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_landline (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    price_mobile: Decimal | Unset = UNSET
    price_landline: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_mobile = (
            UNSET if isinstance(self.price_mobile, Unset) else format(self.price_mobile, "f")
        )

        price_landline = (
            UNSET if isinstance(self.price_landline, Unset) else format(self.price_landline, "f")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_mobile is not UNSET:
            field_dict["price_mobile"] = price_mobile
        if price_landline is not UNSET:
            field_dict["price_landline"] = price_landline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_mobile = d.pop("price_mobile", UNSET)
        price_mobile = (
            UNSET
            if isinstance(_price_mobile, Unset)
            else money(_price_mobile, "PricingVoice.price_mobile")
        )

        _price_landline = d.pop("price_landline", UNSET)
        price_landline = (
            UNSET
            if isinstance(_price_landline, Unset)
            else money(_price_landline, "PricingVoice.price_landline")
        )

        pricing_voice = cls(
            price_mobile=price_mobile,
            price_landline=price_landline,
        )

        pricing_voice.additional_properties = d
        return pricing_voice

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
