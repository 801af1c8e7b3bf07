# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sender_allowed_type import DefaultSenderAllowedType


T = TypeVar("T", bound="DefaultSenderCountryTypes")


@_attrs_define
class DefaultSenderCountryTypes:
    """The sender types allowed and blocked for recipients in one country.

    Attributes:
        recipient_country_code (str):
        blocked_sender_types (list[str] | Unset):
        allowed_sender_types (list[DefaultSenderAllowedType] | Unset):
    """

    recipient_country_code: str
    blocked_sender_types: list[str] | Unset = UNSET
    allowed_sender_types: list[DefaultSenderAllowedType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code = self.recipient_country_code

        blocked_sender_types: list[str] | Unset = UNSET
        if not isinstance(self.blocked_sender_types, Unset):
            blocked_sender_types = self.blocked_sender_types

        allowed_sender_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_sender_types, Unset):
            allowed_sender_types = []
            for allowed_sender_types_item_data in self.allowed_sender_types:
                allowed_sender_types_item = allowed_sender_types_item_data.to_dict()
                allowed_sender_types.append(allowed_sender_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_country_code": recipient_country_code,
            }
        )
        if blocked_sender_types is not UNSET:
            field_dict["blocked_sender_types"] = blocked_sender_types
        if allowed_sender_types is not UNSET:
            field_dict["allowed_sender_types"] = allowed_sender_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender_allowed_type import DefaultSenderAllowedType  # noqa: PLC0415

        d = dict(src_dict)
        recipient_country_code = d.pop("recipient_country_code")

        blocked_sender_types = cast(list[str], d.pop("blocked_sender_types", UNSET))

        _allowed_sender_types = d.pop("allowed_sender_types", UNSET)
        allowed_sender_types: list[DefaultSenderAllowedType] | Unset = UNSET
        if _allowed_sender_types is not UNSET:
            allowed_sender_types = []
            for allowed_sender_types_item_data in _allowed_sender_types:
                allowed_sender_types_item = DefaultSenderAllowedType.from_dict(
                    allowed_sender_types_item_data
                )

                allowed_sender_types.append(allowed_sender_types_item)

        default_sender_country_types = cls(
            recipient_country_code=recipient_country_code,
            blocked_sender_types=blocked_sender_types,
            allowed_sender_types=allowed_sender_types,
        )

        default_sender_country_types.additional_properties = d
        return default_sender_country_types

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
