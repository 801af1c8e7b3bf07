# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationSent")


@_attrs_define
class VerificationSent:
    """
    Attributes:
        user_phone (str):
        type_ (str):
        country (str):
        activation_token (str | Unset): The code sent, when ClickSend echoes it.
    """

    user_phone: str
    type_: str
    country: str
    activation_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_phone = self.user_phone

        type_ = self.type_

        country = self.country

        activation_token = self.activation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_phone": user_phone,
                "type": type_,
                "country": country,
            }
        )
        if activation_token is not UNSET:
            field_dict["activation_token"] = activation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_phone = d.pop("user_phone")

        type_ = d.pop("type")

        country = d.pop("country")

        activation_token = d.pop("activation_token", UNSET)

        verification_sent = cls(
            user_phone=user_phone,
            type_=type_,
            country=country,
            activation_token=activation_token,
        )

        verification_sent.additional_properties = d
        return verification_sent

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
