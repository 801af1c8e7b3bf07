# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphaTagBusinessAddress")


@_attrs_define
class AlphaTagBusinessAddress:
    """
    Attributes:
        addr_line1 (str): First street address line.
        city (str):
        state (str):
        postal (str): Postal code.
        addr_line2 (str | Unset): Second street address line.
    """

    addr_line1: str
    city: str
    state: str
    postal: str
    addr_line2: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addr_line1 = self.addr_line1

        city = self.city

        state = self.state

        postal = self.postal

        addr_line2 = self.addr_line2

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addr_line1": addr_line1,
                "city": city,
                "state": state,
                "postal": postal,
            }
        )
        if addr_line2 is not UNSET:
            field_dict["addr_line2"] = addr_line2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr_line1 = d.pop("addr_line1")

        city = d.pop("city")

        state = d.pop("state")

        postal = d.pop("postal")

        addr_line2 = d.pop("addr_line2", UNSET)

        alpha_tag_business_address = cls(
            addr_line1=addr_line1,
            city=city,
            state=state,
            postal=postal,
            addr_line2=addr_line2,
        )

        return alpha_tag_business_address
