# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostRecipient")


@_attrs_define
class PostRecipient:
    """One addressee of a letter or postcard.

    Attributes:
        address_name (str): Name of the addressee.
        address_line_1 (str): First address line.
        address_city (str): City or suburb.
        address_state (str): State or region.
        address_postal_code (int | str): A postal code, e.g. "6000"; a JSON number is accepted too.
        address_country (str): Two-letter country code (ISO 3166), e.g. AU.
        return_address_id (int): Id of the return address to print (see POST /post/return-addresses).
        address_line_2 (str | Unset): Second address line (may be empty).
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (str | Unset): Your own reference; it comes back in the history.
    """

    address_name: str
    address_line_1: str
    address_city: str
    address_state: str
    address_postal_code: int | str
    address_country: str
    return_address_id: int = _attrs_field(converter=integer_in)
    address_line_2: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    custom_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_city = self.address_city

        address_state = self.address_state

        address_postal_code: int | str
        address_postal_code = self.address_postal_code

        address_country = self.address_country

        return_address_id = self.return_address_id

        address_line_2 = self.address_line_2

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "return_address_id": return_address_id,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_city = d.pop("address_city")

        address_state = d.pop("address_state")

        address_postal_code = cast(int | str, d.pop("address_postal_code"))

        address_country = d.pop("address_country")

        return_address_id = integer(d.pop("return_address_id"), "PostRecipient.return_address_id")

        address_line_2 = d.pop("address_line_2", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "PostRecipient.schedule")
        )

        custom_string = d.pop("custom_string", UNSET)

        post_recipient = cls(
            address_name=address_name,
            address_line_1=address_line_1,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            return_address_id=return_address_id,
            address_line_2=address_line_2,
            schedule=schedule,
            custom_string=custom_string,
        )

        return post_recipient
