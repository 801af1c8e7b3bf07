# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSenderAllowedCountries")


@_attrs_define
class DefaultSenderAllowedCountries:
    """Where senders of a type may come from.

    Attributes:
        global_ (bool | Unset): True when from any country.
        country_codes (list[str] | Unset): Else these countries.
    """

    global_: bool | Unset = UNSET
    country_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_ = self.global_

        country_codes: list[str] | Unset = UNSET
        if not isinstance(self.country_codes, Unset):
            country_codes = self.country_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_ is not UNSET:
            field_dict["global"] = global_
        if country_codes is not UNSET:
            field_dict["country_codes"] = country_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        global_ = d.pop("global", UNSET)

        country_codes = cast(list[str], d.pop("country_codes", UNSET))

        default_sender_allowed_countries = cls(
            global_=global_,
            country_codes=country_codes,
        )

        default_sender_allowed_countries.additional_properties = d
        return default_sender_allowed_countries

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
