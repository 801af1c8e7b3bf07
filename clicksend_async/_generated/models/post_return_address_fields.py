# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostReturnAddressFields")


@_attrs_define
class PostReturnAddressFields:
    """The fields of a return address.

    Attributes:
        address_name (str): Name printed on the return address.
        address_line_1 (str): First address line.
        address_city (str): City or suburb.
        address_postal_code (int | str): A postal code, e.g. "6000"; a JSON number is accepted too.
        address_country (str): Two-letter country code (ISO 3166), e.g. AU.
        address_line_2 (str | Unset): Second address line (may be empty).
        address_state (str | Unset): State or region.
    """

    address_name: str
    address_line_1: str
    address_city: str
    address_postal_code: int | str
    address_country: str
    address_line_2: str | Unset = UNSET
    address_state: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_city = self.address_city

        address_postal_code: int | str
        address_postal_code = self.address_postal_code

        address_country = self.address_country

        address_line_2 = self.address_line_2

        address_state = self.address_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_state is not UNSET:
            field_dict["address_state"] = address_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_city = d.pop("address_city")

        address_postal_code = cast(int | str, d.pop("address_postal_code"))

        address_country = d.pop("address_country")

        address_line_2 = d.pop("address_line_2", UNSET)

        address_state = d.pop("address_state", UNSET)

        post_return_address_fields = cls(
            address_name=address_name,
            address_line_1=address_line_1,
            address_city=address_city,
            address_postal_code=address_postal_code,
            address_country=address_country,
            address_line_2=address_line_2,
            address_state=address_state,
        )

        return post_return_address_fields
