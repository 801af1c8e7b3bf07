# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberVerifyFields")


@_attrs_define
class OwnNumberVerifyFields:
    """The one-time code texted to the number.

    Attributes:
        code (str): The one-time code received (a secret).
        country (str | Unset): Two-letter ISO country code.
        phone_number (str | Unset): The number in E.164 format.
    """

    code: str = _attrs_field(repr=False)
    country: str | Unset = UNSET
    phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        country = self.country

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        country = d.pop("country", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        own_number_verify_fields = cls(
            code=code,
            country=country,
            phone_number=phone_number,
        )

        return own_number_verify_fields
