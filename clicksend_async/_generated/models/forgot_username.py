# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForgotUsername")


@_attrs_define
class ForgotUsername:
    """
    Attributes:
        email (str | Unset): Email belonging to account
        phone_number (str | Unset): Phone belonging to account
        country (str | Unset): Two-letter country code (ISO3166) of a phone number in local format.
    """

    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    country: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone_number = self.phone_number

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        country = d.pop("country", UNSET)

        forgot_username = cls(
            email=email,
            phone_number=phone_number,
            country=country,
        )

        return forgot_username
