# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AlphaTagBusinessInfo")


@_attrs_define
class AlphaTagBusinessInfo:
    """
    Attributes:
        website (str): The business website's URL.
        phone_number (str): Phone number in E.164 format.
    """

    website: str
    phone_number: str

    def to_dict(self) -> dict[str, Any]:
        website = self.website

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "website": website,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        website = d.pop("website")

        phone_number = d.pop("phone_number")

        alpha_tag_business_info = cls(
            website=website,
            phone_number=phone_number,
        )

        return alpha_tag_business_info
