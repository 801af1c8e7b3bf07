# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberVerificationRequest")


@_attrs_define
class OwnNumberVerificationRequest:
    """The number to text a one-time code to.

    Attributes:
        phone_number (str): Your number in E.164 format.
        country (str): Two-letter ISO country code.
        label (str | Unset): Your label for the number.
    """

    phone_number: str
    country: str
    label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country = self.country

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number": phone_number,
                "country": country,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        country = d.pop("country")

        label = d.pop("label", UNSET)

        own_number_verification_request = cls(
            phone_number=phone_number,
            country=country,
            label=label,
        )

        return own_number_verification_request
