# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in

T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    """
    Attributes:
        number (str): Credit card number
        expiry_month (int): A whole number (int), e.g. 201 or "201".
        expiry_year (int): A whole number (int), e.g. 201 or "201".
        cvc (int | str): CVC number of credit card (3 or 4 digits; a string keeps a leading zero).
        name (str): Name printed on credit card
        bank_name (str): Name of bank that credit card belongs to
    """

    number: str = _attrs_field(repr=False)
    expiry_month: int = _attrs_field(converter=integer_in)
    expiry_year: int = _attrs_field(converter=integer_in)
    cvc: int | str = _attrs_field(repr=False)
    name: str
    bank_name: str

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cvc: int | str
        cvc = self.cvc

        name = self.name

        bank_name = self.bank_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
                "cvc": cvc,
                "name": name,
                "bank_name": bank_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        expiry_month = integer(d.pop("expiry_month"), "CreditCard.expiry_month")

        expiry_year = integer(d.pop("expiry_year"), "CreditCard.expiry_year")

        cvc = cast(int | str, d.pop("cvc"))

        name = d.pop("name")

        bank_name = d.pop("bank_name")

        credit_card = cls(
            number=number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            cvc=cvc,
            name=name,
            bank_name=bank_name,
        )

        return credit_card
