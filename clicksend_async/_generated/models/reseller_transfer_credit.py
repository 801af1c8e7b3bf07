# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in, money, money_in

T = TypeVar("T", bound="ResellerTransferCredit")


@_attrs_define
class ResellerTransferCredit:
    """
    Attributes:
        client_user_id (int): User id of the client account that receives the credit.
        balance (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (str): Three-letter currency code (ISO 4217) of the amount, e.g. USD.
    """

    client_user_id: int = _attrs_field(converter=integer_in)
    balance: Decimal = _attrs_field(converter=money_in)
    currency: str

    def to_dict(self) -> dict[str, Any]:
        client_user_id = self.client_user_id

        balance = format(self.balance, "f")

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_user_id": client_user_id,
                "balance": balance,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_user_id = integer(d.pop("client_user_id"), "ResellerTransferCredit.client_user_id")

        balance = money(d.pop("balance"), "ResellerTransferCredit.balance")

        currency = d.pop("currency")

        reseller_transfer_credit = cls(
            client_user_id=client_user_id,
            balance=balance,
            currency=currency,
        )

        return reseller_transfer_credit
