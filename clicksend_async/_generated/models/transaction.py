# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money, unix_time

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        invoice_number (str):
        amount (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (str):
        date (int): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    invoice_number: str
    amount: Decimal
    currency: str
    date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        amount = format(self.amount, "f")

        currency = self.currency

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_number": invoice_number,
                "amount": amount,
                "currency": currency,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_number = d.pop("invoice_number")

        amount = money(d.pop("amount"), "Transaction.amount")

        currency = d.pop("currency")

        date = unix_time(d.pop("date"), "Transaction.date")

        transaction = cls(
            invoice_number=invoice_number,
            amount=amount,
            currency=currency,
            date=date,
        )

        transaction.additional_properties = d
        return transaction

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
