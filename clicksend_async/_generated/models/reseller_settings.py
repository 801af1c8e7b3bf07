# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResellerSettings")


@_attrs_define
class ResellerSettings:
    """A reseller's settings. The subdomain lookup answers only the public part (company name,
    logos, navigation colour, public sign-ups).

        Attributes:
            reseller_user_id (int):
            subdomain (str | Unset): Subdomain of the reseller's white-label dashboard.
            company_name (str | Unset):
            allow_public_signups (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            colour_navigation (str | Unset): Colour of the dashboard navigation, e.g. #9999FF.
            logo_url (str | Unset): URL of the logo (the settings answer's single logo).
            logo_url_light (str | Unset): URL of the logo for light backgrounds.
            logo_url_dark (str | Unset): URL of the logo for dark backgrounds.
            default_margin (float | Unset): Default profit margin on messages
            default_margin_numbers (float | Unset): Default profit margin on dedicated numbers
            trial_balance (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    reseller_user_id: int
    subdomain: str | Unset = UNSET
    company_name: str | Unset = UNSET
    allow_public_signups: bool | Unset = UNSET
    colour_navigation: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    logo_url_light: str | Unset = UNSET
    logo_url_dark: str | Unset = UNSET
    default_margin: float | Unset = UNSET
    default_margin_numbers: float | Unset = UNSET
    trial_balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reseller_user_id = self.reseller_user_id

        subdomain = self.subdomain

        company_name = self.company_name

        allow_public_signups = (
            UNSET
            if isinstance(self.allow_public_signups, Unset)
            else int(self.allow_public_signups)
        )

        colour_navigation = self.colour_navigation

        logo_url = self.logo_url

        logo_url_light = self.logo_url_light

        logo_url_dark = self.logo_url_dark

        default_margin = self.default_margin

        default_margin_numbers = self.default_margin_numbers

        trial_balance = (
            UNSET if isinstance(self.trial_balance, Unset) else format(self.trial_balance, "f")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reseller_user_id": reseller_user_id,
            }
        )
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if allow_public_signups is not UNSET:
            field_dict["allow_public_signups"] = allow_public_signups
        if colour_navigation is not UNSET:
            field_dict["colour_navigation"] = colour_navigation
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if logo_url_light is not UNSET:
            field_dict["logo_url_light"] = logo_url_light
        if logo_url_dark is not UNSET:
            field_dict["logo_url_dark"] = logo_url_dark
        if default_margin is not UNSET:
            field_dict["default_margin"] = default_margin
        if default_margin_numbers is not UNSET:
            field_dict["default_margin_numbers"] = default_margin_numbers
        if trial_balance is not UNSET:
            field_dict["trial_balance"] = trial_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reseller_user_id = integer(d.pop("reseller_user_id"), "ResellerSettings.reseller_user_id")

        subdomain = d.pop("subdomain", UNSET)

        company_name = d.pop("company_name", UNSET)

        _allow_public_signups = d.pop("allow_public_signups", UNSET)
        allow_public_signups = (
            UNSET
            if isinstance(_allow_public_signups, Unset)
            else flag(_allow_public_signups, "ResellerSettings.allow_public_signups")
        )

        colour_navigation = d.pop("colour_navigation", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        logo_url_light = d.pop("logo_url_light", UNSET)

        logo_url_dark = d.pop("logo_url_dark", UNSET)

        default_margin = d.pop("default_margin", UNSET)

        default_margin_numbers = d.pop("default_margin_numbers", UNSET)

        _trial_balance = d.pop("trial_balance", UNSET)
        trial_balance = (
            UNSET
            if isinstance(_trial_balance, Unset)
            else money(_trial_balance, "ResellerSettings.trial_balance")
        )

        reseller_settings = cls(
            reseller_user_id=reseller_user_id,
            subdomain=subdomain,
            company_name=company_name,
            allow_public_signups=allow_public_signups,
            colour_navigation=colour_navigation,
            logo_url=logo_url,
            logo_url_light=logo_url_light,
            logo_url_dark=logo_url_dark,
            default_margin=default_margin,
            default_margin_numbers=default_margin_numbers,
            trial_balance=trial_balance,
        )

        reseller_settings.additional_properties = d
        return reseller_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
