# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, flag_in, money, money_in

T = TypeVar("T", bound="ResellerSettingsFields")


@_attrs_define
class ResellerSettingsFields:
    """
    Attributes:
        allow_public_signups (bool): A yes/no flag (bool), sent as 0 or 1.
        default_margin (float): Default profit margin on messages
        default_margin_numbers (float): Default profit margin on dedicated numbers
        trial_balance (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        subdomain (str): Subdomain of the white-label dashboard (a DNS label).
        colour_navigation (str): Colour of the dashboard navigation, e.g. #9999FF.
        logo_url_light (str): URL of the logo for light backgrounds.
        logo_url_dark (str): URL of the logo for dark backgrounds.
        company_name (str):
    """

    allow_public_signups: bool = _attrs_field(converter=flag_in)
    default_margin: float
    default_margin_numbers: float
    trial_balance: Decimal = _attrs_field(converter=money_in)
    subdomain: str
    colour_navigation: str
    logo_url_light: str
    logo_url_dark: str
    company_name: str

    def to_dict(self) -> dict[str, Any]:
        allow_public_signups = int(self.allow_public_signups)

        default_margin = self.default_margin

        default_margin_numbers = self.default_margin_numbers

        trial_balance = format(self.trial_balance, "f")

        subdomain = self.subdomain

        colour_navigation = self.colour_navigation

        logo_url_light = self.logo_url_light

        logo_url_dark = self.logo_url_dark

        company_name = self.company_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "allow_public_signups": allow_public_signups,
                "default_margin": default_margin,
                "default_margin_numbers": default_margin_numbers,
                "trial_balance": trial_balance,
                "subdomain": subdomain,
                "colour_navigation": colour_navigation,
                "logo_url_light": logo_url_light,
                "logo_url_dark": logo_url_dark,
                "company_name": company_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_public_signups = flag(
            d.pop("allow_public_signups"), "ResellerSettingsFields.allow_public_signups"
        )

        default_margin = d.pop("default_margin")

        default_margin_numbers = d.pop("default_margin_numbers")

        trial_balance = money(d.pop("trial_balance"), "ResellerSettingsFields.trial_balance")

        subdomain = d.pop("subdomain")

        colour_navigation = d.pop("colour_navigation")

        logo_url_light = d.pop("logo_url_light")

        logo_url_dark = d.pop("logo_url_dark")

        company_name = d.pop("company_name")

        reseller_settings_fields = cls(
            allow_public_signups=allow_public_signups,
            default_margin=default_margin,
            default_margin_numbers=default_margin_numbers,
            trial_balance=trial_balance,
            subdomain=subdomain,
            colour_navigation=colour_navigation,
            logo_url_light=logo_url_light,
            logo_url_dark=logo_url_dark,
            company_name=company_name,
        )

        return reseller_settings_fields
