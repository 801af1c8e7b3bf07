# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer

T = TypeVar("T", bound="CreditCardInfo")


@_attrs_define
class CreditCardInfo:
    """
    Attributes:
        display_number (str): The masked number, e.g. XXXX-XXXX-XXXX-0000.
        expiry_month (int):
        expiry_year (int):
        name (str): Name printed on credit card
    """

    display_number: str
    expiry_month: int
    expiry_year: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_number = self.display_number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_number": display_number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_number = d.pop("display_number")

        expiry_month = integer(d.pop("expiry_month"), "CreditCardInfo.expiry_month")

        expiry_year = integer(d.pop("expiry_year"), "CreditCardInfo.expiry_year")

        name = d.pop("name")

        credit_card_info = cls(
            display_number=display_number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
        )

        credit_card_info.additional_properties = d
        return credit_card_info

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
