# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForgotPasswordVerify")


@_attrs_define
class ForgotPasswordVerify:
    """
    Attributes:
        subaccount_id (int): ID of subaccount
        activation_token (str): Activation token (a one-time code).
        password (str): Password
    """

    subaccount_id: int
    activation_token: str = _attrs_field(repr=False)
    password: str = _attrs_field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        activation_token = self.activation_token

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = d.pop("subaccount_id")

        activation_token = d.pop("activation_token")

        password = d.pop("password")

        forgot_password_verify = cls(
            subaccount_id=subaccount_id,
            activation_token=activation_token,
            password=password,
        )

        return forgot_password_verify
