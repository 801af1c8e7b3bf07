# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, nullable_integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_country_regulation import SmsCountryRegulation


T = TypeVar("T", bound="SmsPriceSummaryCountry")


@_attrs_define
class SmsPriceSummaryCountry:
    """The summary of one recipient country.

    Attributes:
        name (str | Unset):
        registration_type (int | Unset): A whole number (int), e.g. 201 or "201".
        recipient_count (int | Unset): A whole number (int), e.g. 201 or "201".
        receipient_count (int | Unset): A whole number (int), e.g. 201 or "201".
        usable_sender_id (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        selected (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        regulation (SmsCountryRegulation | Unset): The rules for sending to one country.
        registration_status_id (int | None | Unset):
        registration_entity_id (int | None | Unset):
        jotform_id (int | None | Unset):
    """

    name: str | Unset = UNSET
    registration_type: int | Unset = UNSET
    recipient_count: int | Unset = UNSET
    receipient_count: int | Unset = UNSET
    usable_sender_id: bool | Unset = UNSET
    selected: bool | Unset = UNSET
    regulation: SmsCountryRegulation | Unset = UNSET
    registration_status_id: int | None | Unset = UNSET
    registration_entity_id: int | None | Unset = UNSET
    jotform_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        registration_type = (
            UNSET if isinstance(self.registration_type, Unset) else self.registration_type
        )

        recipient_count = UNSET if isinstance(self.recipient_count, Unset) else self.recipient_count

        receipient_count = (
            UNSET if isinstance(self.receipient_count, Unset) else self.receipient_count
        )

        usable_sender_id = (
            UNSET if isinstance(self.usable_sender_id, Unset) else int(self.usable_sender_id)
        )

        selected = UNSET if isinstance(self.selected, Unset) else int(self.selected)

        regulation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regulation, Unset):
            regulation = self.regulation.to_dict()

        registration_status_id = (
            UNSET
            if isinstance(self.registration_status_id, Unset)
            else None
            if self.registration_status_id is None
            else self.registration_status_id
        )

        registration_entity_id = (
            UNSET
            if isinstance(self.registration_entity_id, Unset)
            else None
            if self.registration_entity_id is None
            else self.registration_entity_id
        )

        jotform_id = (
            UNSET
            if isinstance(self.jotform_id, Unset)
            else None
            if self.jotform_id is None
            else self.jotform_id
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if registration_type is not UNSET:
            field_dict["registration_type"] = registration_type
        if recipient_count is not UNSET:
            field_dict["recipient_count"] = recipient_count
        if receipient_count is not UNSET:
            field_dict["receipient_count"] = receipient_count
        if usable_sender_id is not UNSET:
            field_dict["usable_sender_id"] = usable_sender_id
        if selected is not UNSET:
            field_dict["selected"] = selected
        if regulation is not UNSET:
            field_dict["regulation"] = regulation
        if registration_status_id is not UNSET:
            field_dict["registration_status_id"] = registration_status_id
        if registration_entity_id is not UNSET:
            field_dict["registration_entity_id"] = registration_entity_id
        if jotform_id is not UNSET:
            field_dict["jotform_id"] = jotform_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_country_regulation import SmsCountryRegulation  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _registration_type = d.pop("registration_type", UNSET)
        registration_type = (
            UNSET
            if isinstance(_registration_type, Unset)
            else integer(_registration_type, "SmsPriceSummaryCountry.registration_type")
        )

        _recipient_count = d.pop("recipient_count", UNSET)
        recipient_count = (
            UNSET
            if isinstance(_recipient_count, Unset)
            else integer(_recipient_count, "SmsPriceSummaryCountry.recipient_count")
        )

        _receipient_count = d.pop("receipient_count", UNSET)
        receipient_count = (
            UNSET
            if isinstance(_receipient_count, Unset)
            else integer(_receipient_count, "SmsPriceSummaryCountry.receipient_count")
        )

        _usable_sender_id = d.pop("usable_sender_id", UNSET)
        usable_sender_id = (
            UNSET
            if isinstance(_usable_sender_id, Unset)
            else flag(_usable_sender_id, "SmsPriceSummaryCountry.usable_sender_id")
        )

        _selected = d.pop("selected", UNSET)
        selected = (
            UNSET
            if isinstance(_selected, Unset)
            else flag(_selected, "SmsPriceSummaryCountry.selected")
        )

        _regulation = d.pop("regulation", UNSET)
        regulation: SmsCountryRegulation | Unset
        if isinstance(_regulation, Unset):
            regulation = UNSET
        else:
            regulation = SmsCountryRegulation.from_dict(_regulation)

        _registration_status_id = d.pop("registration_status_id", UNSET)
        registration_status_id = (
            UNSET
            if isinstance(_registration_status_id, Unset)
            else nullable_integer(
                _registration_status_id, "SmsPriceSummaryCountry.registration_status_id"
            )
        )

        _registration_entity_id = d.pop("registration_entity_id", UNSET)
        registration_entity_id = (
            UNSET
            if isinstance(_registration_entity_id, Unset)
            else nullable_integer(
                _registration_entity_id, "SmsPriceSummaryCountry.registration_entity_id"
            )
        )

        _jotform_id = d.pop("jotform_id", UNSET)
        jotform_id = (
            UNSET
            if isinstance(_jotform_id, Unset)
            else nullable_integer(_jotform_id, "SmsPriceSummaryCountry.jotform_id")
        )

        sms_price_summary_country = cls(
            name=name,
            registration_type=registration_type,
            recipient_count=recipient_count,
            receipient_count=receipient_count,
            usable_sender_id=usable_sender_id,
            selected=selected,
            regulation=regulation,
            registration_status_id=registration_status_id,
            registration_entity_id=registration_entity_id,
            jotform_id=jotform_id,
        )

        sms_price_summary_country.additional_properties = d
        return sms_price_summary_country

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
