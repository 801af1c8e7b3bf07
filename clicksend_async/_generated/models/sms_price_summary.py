# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_price_summary_countries import SmsPriceSummaryCountries


T = TypeVar("T", bound="SmsPriceSummary")


@_attrs_define
class SmsPriceSummary:
    """The per-country summary a price call adds when a message asks `show_summary`.

    Attributes:
        test_message (str | Unset):
        countries (SmsPriceSummaryCountries | Unset):
    """

    test_message: str | Unset = UNSET
    countries: SmsPriceSummaryCountries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_message = self.test_message

        countries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_message is not UNSET:
            field_dict["test_message"] = test_message
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_price_summary_countries import SmsPriceSummaryCountries  # noqa: PLC0415

        d = dict(src_dict)
        test_message = d.pop("test_message", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: SmsPriceSummaryCountries | Unset
        if isinstance(_countries, Unset):
            countries = UNSET
        else:
            countries = SmsPriceSummaryCountries.from_dict(_countries)

        sms_price_summary = cls(
            test_message=test_message,
            countries=countries,
        )

        sms_price_summary.additional_properties = d
        return sms_price_summary

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
