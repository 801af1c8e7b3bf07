# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NumberRegistrationData")


@_attrs_define
class NumberRegistrationData:
    """Business details some countries require with a number purchase.

    Attributes:
        business_name (str): Registered name of the business.
        business_address (str): Registered address of the business.
        suburb (str): Suburb or city.
        postcode (str): Postal code.
        state (str): State or province.
        contact_name (str): Contact person for the registration.
        contact_number (str): The contact person's phone number.
        country (str): Two-letter ISO country code.
    """

    business_name: str
    business_address: str
    suburb: str
    postcode: str
    state: str
    contact_name: str
    contact_number: str
    country: str

    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        business_address = self.business_address

        suburb = self.suburb

        postcode = self.postcode

        state = self.state

        contact_name = self.contact_name

        contact_number = self.contact_number

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "business_name": business_name,
                "business_address": business_address,
                "suburb": suburb,
                "postcode": postcode,
                "state": state,
                "contact_name": contact_name,
                "contact_number": contact_number,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_name = d.pop("business_name")

        business_address = d.pop("business_address")

        suburb = d.pop("suburb")

        postcode = d.pop("postcode")

        state = d.pop("state")

        contact_name = d.pop("contact_name")

        contact_number = d.pop("contact_number")

        country = d.pop("country")

        number_registration_data = cls(
            business_name=business_name,
            business_address=business_address,
            suburb=suburb,
            postcode=postcode,
            state=state,
            contact_name=contact_name,
            contact_number=contact_number,
            country=country,
        )

        return number_registration_data
