# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NumberRegisterFields")


@_attrs_define
class NumberRegisterFields:
    """The business details of a number registration (all required).

    Attributes:
        full_name (str): Legal full name of the person registering.
        company_name (str): Legal name of the organisation.
        email (str): Email address.
        website_url (str): The business website's URL.
        sample_message (str): A typical message the numbers will send.
        primary_use_case (str): Main purpose, e.g. Marketing.
        company_number (str): The organisation's support phone number.
        area_code (str): Preferred area codes (up to three), e.g. "416, 647, 905".
    """

    full_name: str
    company_name: str
    email: str
    website_url: str
    sample_message: str
    primary_use_case: str
    company_number: str
    area_code: str

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        company_name = self.company_name

        email = self.email

        website_url = self.website_url

        sample_message = self.sample_message

        primary_use_case = self.primary_use_case

        company_number = self.company_number

        area_code = self.area_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "company_name": company_name,
                "email": email,
                "website_url": website_url,
                "sample_message": sample_message,
                "primary_use_case": primary_use_case,
                "company_number": company_number,
                "area_code": area_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        company_name = d.pop("company_name")

        email = d.pop("email")

        website_url = d.pop("website_url")

        sample_message = d.pop("sample_message")

        primary_use_case = d.pop("primary_use_case")

        company_number = d.pop("company_number")

        area_code = d.pop("area_code")

        number_register_fields = cls(
            full_name=full_name,
            company_name=company_name,
            email=email,
            website_url=website_url,
            sample_message=sample_message,
            primary_use_case=primary_use_case,
            company_number=company_number,
            area_code=area_code,
        )

        return number_register_fields
