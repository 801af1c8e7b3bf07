# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFields")


@_attrs_define
class ContactFields:
    """The fields of a contact that a create or an update sends.

    Attributes:
        phone_number (str | Unset): Your phone number in E.164 format. Must be provided if no fax number or email.
            ClickSend also takes local formats for the account's country.
        email (str | Unset): Your email. Must be provided if no phone number or fax number.
        fax_number (str | Unset): Your fax number. Must be provided if no phone number or email.
        first_name (str | Unset): Your first name.
        last_name (str | Unset): Your last name
        address_line_1 (str | Unset): Your street address
        address_line_2 (str | Unset): The second line of the street address
        address_city (str | Unset): Your nearest city
        address_state (str | Unset): Your current state
        address_postal_code (str | Unset): Your current postcode
        address_country (str | Unset): Your current country
        organization_name (str | Unset): Your organisation name
        custom_1 (str | Unset): A field of your own.
        custom_2 (str | Unset): A field of your own.
        custom_3 (str | Unset): A field of your own.
        custom_4 (str | Unset): A field of your own.
    """

    phone_number: str | Unset = UNSET
    email: str | Unset = UNSET
    fax_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_postal_code: str | Unset = UNSET
    address_country: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        email = self.email

        fax_number = self.fax_number

        first_name = self.first_name

        last_name = self.last_name

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_city = self.address_city

        address_state = self.address_state

        address_postal_code = self.address_postal_code

        address_country = self.address_country

        organization_name = self.organization_name

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", UNSET)

        email = d.pop("email", UNSET)

        fax_number = d.pop("fax_number", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_postal_code = d.pop("address_postal_code", UNSET)

        address_country = d.pop("address_country", UNSET)

        organization_name = d.pop("organization_name", UNSET)

        custom_1 = d.pop("custom_1", UNSET)

        custom_2 = d.pop("custom_2", UNSET)

        custom_3 = d.pop("custom_3", UNSET)

        custom_4 = d.pop("custom_4", UNSET)

        contact_fields = cls(
            phone_number=phone_number,
            email=email,
            fax_number=fax_number,
            first_name=first_name,
            last_name=last_name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            organization_name=organization_name,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
        )

        return contact_fields
