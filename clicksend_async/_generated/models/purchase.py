# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, unix_time

T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """
    Attributes:
        user_id (int):
        amount (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (str):
        amount_aud (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        date (int): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    user_id: int
    amount: Decimal
    currency: str
    amount_aud: Decimal
    date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        amount = format(self.amount, "f")

        currency = self.currency

        amount_aud = format(self.amount_aud, "f")

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "amount": amount,
                "currency": currency,
                "amount_aud": amount_aud,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = integer(d.pop("user_id"), "Purchase.user_id")

        amount = money(d.pop("amount"), "Purchase.amount")

        currency = d.pop("currency")

        amount_aud = money(d.pop("amount_aud"), "Purchase.amount_aud")

        date = unix_time(d.pop("date"), "Purchase.date")

        purchase = cls(
            user_id=user_id,
            amount=amount,
            currency=currency,
            amount_aud=amount_aud,
            date=date,
        )

        purchase.additional_properties = d
        return purchase

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
