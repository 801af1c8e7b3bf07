# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceLanguage")


@_attrs_define
class VoiceLanguage:
    """
    Attributes:
        code (str): The `lang` code, e.g. en-au.
        country (str | Unset): Language and place, e.g. "English, Australia".
        gender (list[str] | str | Unset): The voices of the language (female, male).
    """

    code: str
    country: str | Unset = UNSET
    gender: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        country = self.country

        gender: list[str] | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, list):
            gender = self.gender

        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        country = d.pop("country", UNSET)

        gender = cast(list[str] | str | Unset, d.pop("gender", UNSET))

        voice_language = cls(
            code=code,
            country=country,
            gender=gender,
        )

        voice_language.additional_properties = d
        return voice_language

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
