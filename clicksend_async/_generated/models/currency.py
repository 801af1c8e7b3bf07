# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Currency")


@_attrs_define
class Currency:
    """
    Attributes:
        currency_name_short (str): ISO 4217 code, e.g. USD.
        currency_prefix_d (str): Symbol of the unit, e.g. $.
        currency_prefix_c (str): Symbol of the cent, e.g. ¢.
        currency_name_long (str): Name, e.g. US Dollars.
    """

    currency_name_short: str
    currency_prefix_d: str
    currency_prefix_c: str
    currency_name_long: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_name_short = self.currency_name_short

        currency_prefix_d = self.currency_prefix_d

        currency_prefix_c = self.currency_prefix_c

        currency_name_long = self.currency_name_long

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_name_short": currency_name_short,
                "currency_prefix_d": currency_prefix_d,
                "currency_prefix_c": currency_prefix_c,
                "currency_name_long": currency_name_long,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_name_short = d.pop("currency_name_short")

        currency_prefix_d = d.pop("currency_prefix_d")

        currency_prefix_c = d.pop("currency_prefix_c")

        currency_name_long = d.pop("currency_name_long")

        currency = cls(
            currency_name_short=currency_name_short,
            currency_prefix_d=currency_prefix_d,
            currency_prefix_c=currency_prefix_c,
            currency_name_long=currency_name_long,
        )

        currency.additional_properties = d
        return currency

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
