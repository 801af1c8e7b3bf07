# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingPostcard")


@_attrs_define
class PricingPostcard:
    """
    Attributes:
        price_postcard (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    price_postcard: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_postcard = (
            UNSET if isinstance(self.price_postcard, Unset) else format(self.price_postcard, "f")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_postcard is not UNSET:
            field_dict["price_postcard"] = price_postcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_postcard = d.pop("price_postcard", UNSET)
        price_postcard = (
            UNSET
            if isinstance(_price_postcard, Unset)
            else money(_price_postcard, "PricingPostcard.price_postcard")
        )

        pricing_postcard = cls(
            price_postcard=price_postcard,
        )

        pricing_postcard.additional_properties = d
        return pricing_postcard

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
