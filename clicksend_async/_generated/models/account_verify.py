# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountVerify")


@_attrs_define
class AccountVerify:
    """
    Attributes:
        country (str): Two-letter country code (ISO3166)
        user_phone (str): User's phone number
        type_ (str): Type of verification, e.g. sms.
    """

    country: str
    user_phone: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        user_phone = self.user_phone

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "user_phone": user_phone,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        user_phone = d.pop("user_phone")

        type_ = d.pop("type")

        account_verify = cls(
            country=country,
            user_phone=user_phone,
            type_=type_,
        )

        return account_verify
