# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.alpha_tag_fields_countries_item import AlphaTagFieldsCountriesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag_business import AlphaTagBusiness


T = TypeVar("T", bound="AlphaTagFields")


@_attrs_define
class AlphaTagFields:
    """An alpha tag request. For Australia (the one country supported), `countries: [AU]` and
    one `businesses` entry are both needed.

        Attributes:
            alpha_tag (str): 3 to 11 characters of a-z, A-Z, 0-9 and +, not only digits.
            reason (str | Unset): Why you may use the name, e.g. Company Name, Trademark, Third Party.
            countries (list[AlphaTagFieldsCountriesItem] | Unset): Countries to use the tag in; only AU is supported (then
                `businesses` is needed).
            businesses (list[AlphaTagBusiness] | Unset): The business behind the name, one per country (Australia).
    """

    alpha_tag: str
    reason: str | Unset = UNSET
    countries: list[AlphaTagFieldsCountriesItem] | Unset = UNSET
    businesses: list[AlphaTagBusiness] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        alpha_tag = self.alpha_tag

        reason = self.reason

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = AlphaTagFieldsCountriesItem(countries_item_data).value
                countries.append(countries_item)

        businesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.businesses, Unset):
            businesses = []
            for businesses_item_data in self.businesses:
                businesses_item = businesses_item_data.to_dict()
                businesses.append(businesses_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alpha_tag": alpha_tag,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
        if businesses is not UNSET:
            field_dict["businesses"] = businesses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag_business import AlphaTagBusiness  # noqa: PLC0415

        d = dict(src_dict)
        alpha_tag = d.pop("alpha_tag")

        reason = d.pop("reason", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[AlphaTagFieldsCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = AlphaTagFieldsCountriesItem(countries_item_data)

                countries.append(countries_item)

        _businesses = d.pop("businesses", UNSET)
        businesses: list[AlphaTagBusiness] | Unset = UNSET
        if _businesses is not UNSET:
            businesses = []
            for businesses_item_data in _businesses:
                businesses_item = AlphaTagBusiness.from_dict(businesses_item_data)

                businesses.append(businesses_item)

        alpha_tag_fields = cls(
            alpha_tag=alpha_tag,
            reason=reason,
            countries=countries,
            businesses=businesses,
        )

        return alpha_tag_fields
