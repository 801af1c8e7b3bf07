# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sender_allowed_countries import DefaultSenderAllowedCountries


T = TypeVar("T", bound="DefaultSenderAllowedType")


@_attrs_define
class DefaultSenderAllowedType:
    """
    Attributes:
        sender_type (str): e.g. alpha_tag, 10DLC, tollfree.
        allowed_sender_countries (DefaultSenderAllowedCountries | Unset): Where senders of a type may come from.
    """

    sender_type: str
    allowed_sender_countries: DefaultSenderAllowedCountries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type = self.sender_type

        allowed_sender_countries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_sender_countries, Unset):
            allowed_sender_countries = self.allowed_sender_countries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_type": sender_type,
            }
        )
        if allowed_sender_countries is not UNSET:
            field_dict["allowed_sender_countries"] = allowed_sender_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender_allowed_countries import DefaultSenderAllowedCountries  # noqa: PLC0415

        d = dict(src_dict)
        sender_type = d.pop("sender_type")

        _allowed_sender_countries = d.pop("allowed_sender_countries", UNSET)
        allowed_sender_countries: DefaultSenderAllowedCountries | Unset
        if isinstance(_allowed_sender_countries, Unset):
            allowed_sender_countries = UNSET
        else:
            allowed_sender_countries = DefaultSenderAllowedCountries.from_dict(
                _allowed_sender_countries
            )

        default_sender_allowed_type = cls(
            sender_type=sender_type,
            allowed_sender_countries=allowed_sender_countries,
        )

        default_sender_allowed_type.additional_properties = d
        return default_sender_allowed_type

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
