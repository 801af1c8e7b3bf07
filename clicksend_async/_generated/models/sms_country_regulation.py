# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_regulation_date import SmsRegulationDate


T = TypeVar("T", bound="SmsCountryRegulation")


@_attrs_define
class SmsCountryRegulation:
    """The rules for sending to one country.

    Attributes:
        country_user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        sms_registration_type (int | Unset): A whole number (int), e.g. 201 or "201".
        restricted_sending (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        trial_sending (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        regulation_requirements_description (str | Unset):
        created_at (SmsRegulationDate | Unset): A date as ClickSend's back end writes it (PHP DateTime).
        updated_at (SmsRegulationDate | Unset): A date as ClickSend's back end writes it (PHP DateTime).
    """

    country_user_id: int | Unset = UNSET
    sms_registration_type: int | Unset = UNSET
    restricted_sending: bool | Unset = UNSET
    trial_sending: bool | Unset = UNSET
    regulation_requirements_description: str | Unset = UNSET
    created_at: SmsRegulationDate | Unset = UNSET
    updated_at: SmsRegulationDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_user_id = UNSET if isinstance(self.country_user_id, Unset) else self.country_user_id

        sms_registration_type = (
            UNSET if isinstance(self.sms_registration_type, Unset) else self.sms_registration_type
        )

        restricted_sending = (
            UNSET if isinstance(self.restricted_sending, Unset) else int(self.restricted_sending)
        )

        trial_sending = UNSET if isinstance(self.trial_sending, Unset) else int(self.trial_sending)

        regulation_requirements_description = self.regulation_requirements_description

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_user_id is not UNSET:
            field_dict["country_user_id"] = country_user_id
        if sms_registration_type is not UNSET:
            field_dict["sms_registration_type"] = sms_registration_type
        if restricted_sending is not UNSET:
            field_dict["restricted_sending"] = restricted_sending
        if trial_sending is not UNSET:
            field_dict["trial_sending"] = trial_sending
        if regulation_requirements_description is not UNSET:
            field_dict["regulation_requirements_description"] = regulation_requirements_description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_regulation_date import SmsRegulationDate  # noqa: PLC0415

        d = dict(src_dict)
        _country_user_id = d.pop("country_user_id", UNSET)
        country_user_id = (
            UNSET
            if isinstance(_country_user_id, Unset)
            else integer(_country_user_id, "SmsCountryRegulation.country_user_id")
        )

        _sms_registration_type = d.pop("sms_registration_type", UNSET)
        sms_registration_type = (
            UNSET
            if isinstance(_sms_registration_type, Unset)
            else integer(_sms_registration_type, "SmsCountryRegulation.sms_registration_type")
        )

        _restricted_sending = d.pop("restricted_sending", UNSET)
        restricted_sending = (
            UNSET
            if isinstance(_restricted_sending, Unset)
            else flag(_restricted_sending, "SmsCountryRegulation.restricted_sending")
        )

        _trial_sending = d.pop("trial_sending", UNSET)
        trial_sending = (
            UNSET
            if isinstance(_trial_sending, Unset)
            else flag(_trial_sending, "SmsCountryRegulation.trial_sending")
        )

        regulation_requirements_description = d.pop("regulation_requirements_description", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: SmsRegulationDate | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = SmsRegulationDate.from_dict(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: SmsRegulationDate | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = SmsRegulationDate.from_dict(_updated_at)

        sms_country_regulation = cls(
            country_user_id=country_user_id,
            sms_registration_type=sms_registration_type,
            restricted_sending=restricted_sending,
            trial_sending=trial_sending,
            regulation_requirements_description=regulation_requirements_description,
            created_at=created_at,
            updated_at=updated_at,
        )

        sms_country_regulation.additional_properties = d
        return sms_country_regulation

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
