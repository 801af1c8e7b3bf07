# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AlphaTagRepresentative")


@_attrs_define
class AlphaTagRepresentative:
    """The person representing the business.

    Attributes:
        first_name (str):
        last_name (str):
        email (str):
    """

    first_name: str
    last_name: str
    email: str

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        alpha_tag_representative = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
        )

        return alpha_tag_representative
