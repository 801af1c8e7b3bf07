# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRegulationDate")


@_attrs_define
class SmsRegulationDate:
    """A date as ClickSend's back end writes it (PHP DateTime).

    Attributes:
        date (str | Unset): e.g. "2024-03-14 18:12:22.000000".
        timezone_type (int | Unset): A whole number (int), e.g. 201 or "201".
        timezone (str | Unset):
    """

    date: str | Unset = UNSET
    timezone_type: int | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        timezone_type = UNSET if isinstance(self.timezone_type, Unset) else self.timezone_type

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if timezone_type is not UNSET:
            field_dict["timezone_type"] = timezone_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _timezone_type = d.pop("timezone_type", UNSET)
        timezone_type = (
            UNSET
            if isinstance(_timezone_type, Unset)
            else integer(_timezone_type, "SmsRegulationDate.timezone_type")
        )

        timezone = d.pop("timezone", UNSET)

        sms_regulation_date = cls(
            date=date,
            timezone_type=timezone_type,
            timezone=timezone,
        )

        sms_regulation_date.additional_properties = d
        return sms_regulation_date

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
