# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """
    Attributes:
        user_id (int):
        amount (float | str): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (str):
        amount_aud (float | str): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        date (int): Unix timestamp of the purchase.
    """

    user_id: int
    amount: float | str
    currency: str
    amount_aud: float | str
    date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        amount: float | str
        amount = self.amount

        currency = self.currency

        amount_aud: float | str
        amount_aud = self.amount_aud

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
        user_id = d.pop("user_id")

        amount = cast(float | str, d.pop("amount"))

        currency = d.pop("currency")

        amount_aud = cast(float | str, d.pop("amount_aud"))

        date = d.pop("date")

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
