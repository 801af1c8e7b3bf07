# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in

T = TypeVar("T", bound="ResellerPublicAccountFields")


@_attrs_define
class ResellerPublicAccountFields:
    """
    Attributes:
        reseller_user_id (int): User id of the reseller to sign up under.
        username (str): Login name of the account.
        password (str): Password of the account.
        user_email (str): Email of the account owner.
        user_phone (str): Phone number of the account owner (E.164).
        user_first_name (str): First name of the account owner.
        user_last_name (str): Last name of the account owner.
        account_name (str): Name of the account, usually the company name.
        country (str): Two-letter country code (ISO 3166) of the account holder.
    """

    reseller_user_id: int = _attrs_field(converter=integer_in)
    username: str
    password: str = _attrs_field(repr=False)
    user_email: str
    user_phone: str
    user_first_name: str
    user_last_name: str
    account_name: str
    country: str

    def to_dict(self) -> dict[str, Any]:
        reseller_user_id = self.reseller_user_id

        username = self.username

        password = self.password

        user_email = self.user_email

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account_name = self.account_name

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reseller_user_id": reseller_user_id,
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reseller_user_id = integer(
            d.pop("reseller_user_id"), "ResellerPublicAccountFields.reseller_user_id"
        )

        username = d.pop("username")

        password = d.pop("password")

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        user_first_name = d.pop("user_first_name")

        user_last_name = d.pop("user_last_name")

        account_name = d.pop("account_name")

        country = d.pop("country")

        reseller_public_account_fields = cls(
            reseller_user_id=reseller_user_id,
            username=username,
            password=password,
            user_email=user_email,
            user_phone=user_phone,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            account_name=account_name,
            country=country,
        )

        return reseller_public_account_fields
