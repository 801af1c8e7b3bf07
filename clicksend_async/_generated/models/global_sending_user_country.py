# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, nullable_unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_sending_named_id import GlobalSendingNamedId


T = TypeVar("T", bound="GlobalSendingUserCountry")


@_attrs_define
class GlobalSendingUserCountry:
    """A country selected for sending, with its registration state and sending rules. The flags
    are booleans in py6's model and 0/1 in the docs' answer: bools either way.

        Attributes:
            id (int):
            code (str): Two-letter country code (ISO 3166).
            name (str | Unset):
            region (str | Unset):
            agreed_at (int | None | Unset): When the account agreed to the country's rules (Unix time), null before.
            registration_entity (GlobalSendingNamedId | None | Unset): The kind of entity registered to send there, null if
                none.
            registration_status (GlobalSendingNamedId | None | Unset): Where the sender registration stands, e.g.
                NOT_INITIATED.
            jotform_id (None | str | Unset): Id of the registration form.
            sms_registration_type (int | Unset):
            block_registration (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            block_leads (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            trial_from_address (None | str | Unset):
            restricted_sending (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            trial_sending (int | Unset):
            trial_sending_description (None | str | Unset):
            has_regulation_requirements (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            registration_steps_url (None | str | Unset):
            regulation_requirements_description (None | str | Unset):
    """

    id: int
    code: str
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    agreed_at: int | None | Unset = UNSET
    registration_entity: GlobalSendingNamedId | None | Unset = UNSET
    registration_status: GlobalSendingNamedId | None | Unset = UNSET
    jotform_id: None | str | Unset = UNSET
    sms_registration_type: int | Unset = UNSET
    block_registration: bool | Unset = UNSET
    block_leads: bool | Unset = UNSET
    trial_from_address: None | str | Unset = UNSET
    restricted_sending: bool | Unset = UNSET
    trial_sending: int | Unset = UNSET
    trial_sending_description: None | str | Unset = UNSET
    has_regulation_requirements: bool | Unset = UNSET
    registration_steps_url: None | str | Unset = UNSET
    regulation_requirements_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.global_sending_named_id import GlobalSendingNamedId  # noqa: PLC0415

        id = self.id

        code = self.code

        name = self.name

        region = self.region

        agreed_at = (
            UNSET
            if isinstance(self.agreed_at, Unset)
            else None
            if self.agreed_at is None
            else self.agreed_at
        )

        registration_entity: dict[str, Any] | None | Unset
        if isinstance(self.registration_entity, Unset):
            registration_entity = UNSET
        elif isinstance(self.registration_entity, GlobalSendingNamedId):
            registration_entity = self.registration_entity.to_dict()
        else:
            registration_entity = self.registration_entity

        registration_status: dict[str, Any] | None | Unset
        if isinstance(self.registration_status, Unset):
            registration_status = UNSET
        elif isinstance(self.registration_status, GlobalSendingNamedId):
            registration_status = self.registration_status.to_dict()
        else:
            registration_status = self.registration_status

        jotform_id: None | str | Unset
        if isinstance(self.jotform_id, Unset):
            jotform_id = UNSET
        else:
            jotform_id = self.jotform_id

        sms_registration_type = (
            UNSET if isinstance(self.sms_registration_type, Unset) else self.sms_registration_type
        )

        block_registration = (
            UNSET if isinstance(self.block_registration, Unset) else int(self.block_registration)
        )

        block_leads = UNSET if isinstance(self.block_leads, Unset) else int(self.block_leads)

        trial_from_address: None | str | Unset
        if isinstance(self.trial_from_address, Unset):
            trial_from_address = UNSET
        else:
            trial_from_address = self.trial_from_address

        restricted_sending = (
            UNSET if isinstance(self.restricted_sending, Unset) else int(self.restricted_sending)
        )

        trial_sending = UNSET if isinstance(self.trial_sending, Unset) else self.trial_sending

        trial_sending_description: None | str | Unset
        if isinstance(self.trial_sending_description, Unset):
            trial_sending_description = UNSET
        else:
            trial_sending_description = self.trial_sending_description

        has_regulation_requirements = (
            UNSET
            if isinstance(self.has_regulation_requirements, Unset)
            else int(self.has_regulation_requirements)
        )

        registration_steps_url: None | str | Unset
        if isinstance(self.registration_steps_url, Unset):
            registration_steps_url = UNSET
        else:
            registration_steps_url = self.registration_steps_url

        regulation_requirements_description: None | str | Unset
        if isinstance(self.regulation_requirements_description, Unset):
            regulation_requirements_description = UNSET
        else:
            regulation_requirements_description = self.regulation_requirements_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if agreed_at is not UNSET:
            field_dict["agreed_at"] = agreed_at
        if registration_entity is not UNSET:
            field_dict["registration_entity"] = registration_entity
        if registration_status is not UNSET:
            field_dict["registration_status"] = registration_status
        if jotform_id is not UNSET:
            field_dict["jotform_id"] = jotform_id
        if sms_registration_type is not UNSET:
            field_dict["sms_registration_type"] = sms_registration_type
        if block_registration is not UNSET:
            field_dict["block_registration"] = block_registration
        if block_leads is not UNSET:
            field_dict["block_leads"] = block_leads
        if trial_from_address is not UNSET:
            field_dict["trial_from_address"] = trial_from_address
        if restricted_sending is not UNSET:
            field_dict["restricted_sending"] = restricted_sending
        if trial_sending is not UNSET:
            field_dict["trial_sending"] = trial_sending
        if trial_sending_description is not UNSET:
            field_dict["trial_sending_description"] = trial_sending_description
        if has_regulation_requirements is not UNSET:
            field_dict["has_regulation_requirements"] = has_regulation_requirements
        if registration_steps_url is not UNSET:
            field_dict["registration_steps_url"] = registration_steps_url
        if regulation_requirements_description is not UNSET:
            field_dict["regulation_requirements_description"] = regulation_requirements_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.global_sending_named_id import GlobalSendingNamedId  # noqa: PLC0415

        d = dict(src_dict)
        id = integer(d.pop("id"), "GlobalSendingUserCountry.id")

        code = d.pop("code")

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        _agreed_at = d.pop("agreed_at", UNSET)
        agreed_at = (
            UNSET
            if isinstance(_agreed_at, Unset)
            else nullable_unix_time(_agreed_at, "GlobalSendingUserCountry.agreed_at")
        )

        def _parse_registration_entity(data: object) -> GlobalSendingNamedId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_entity_type_0 = GlobalSendingNamedId.from_dict(data)

                return registration_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalSendingNamedId | None | Unset, data)

        registration_entity = _parse_registration_entity(d.pop("registration_entity", UNSET))

        def _parse_registration_status(data: object) -> GlobalSendingNamedId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_status_type_0 = GlobalSendingNamedId.from_dict(data)

                return registration_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalSendingNamedId | None | Unset, data)

        registration_status = _parse_registration_status(d.pop("registration_status", UNSET))

        jotform_id = cast(None | str | Unset, d.pop("jotform_id", UNSET))

        _sms_registration_type = d.pop("sms_registration_type", UNSET)
        sms_registration_type = (
            UNSET
            if isinstance(_sms_registration_type, Unset)
            else integer(_sms_registration_type, "GlobalSendingUserCountry.sms_registration_type")
        )

        _block_registration = d.pop("block_registration", UNSET)
        block_registration = (
            UNSET
            if isinstance(_block_registration, Unset)
            else flag(_block_registration, "GlobalSendingUserCountry.block_registration")
        )

        _block_leads = d.pop("block_leads", UNSET)
        block_leads = (
            UNSET
            if isinstance(_block_leads, Unset)
            else flag(_block_leads, "GlobalSendingUserCountry.block_leads")
        )

        trial_from_address = cast(None | str | Unset, d.pop("trial_from_address", UNSET))

        _restricted_sending = d.pop("restricted_sending", UNSET)
        restricted_sending = (
            UNSET
            if isinstance(_restricted_sending, Unset)
            else flag(_restricted_sending, "GlobalSendingUserCountry.restricted_sending")
        )

        _trial_sending = d.pop("trial_sending", UNSET)
        trial_sending = (
            UNSET
            if isinstance(_trial_sending, Unset)
            else integer(_trial_sending, "GlobalSendingUserCountry.trial_sending")
        )

        trial_sending_description = cast(
            None | str | Unset, d.pop("trial_sending_description", UNSET)
        )

        _has_regulation_requirements = d.pop("has_regulation_requirements", UNSET)
        has_regulation_requirements = (
            UNSET
            if isinstance(_has_regulation_requirements, Unset)
            else flag(
                _has_regulation_requirements, "GlobalSendingUserCountry.has_regulation_requirements"
            )
        )

        registration_steps_url = cast(None | str | Unset, d.pop("registration_steps_url", UNSET))

        regulation_requirements_description = cast(
            None | str | Unset, d.pop("regulation_requirements_description", UNSET)
        )

        global_sending_user_country = cls(
            id=id,
            code=code,
            name=name,
            region=region,
            agreed_at=agreed_at,
            registration_entity=registration_entity,
            registration_status=registration_status,
            jotform_id=jotform_id,
            sms_registration_type=sms_registration_type,
            block_registration=block_registration,
            block_leads=block_leads,
            trial_from_address=trial_from_address,
            restricted_sending=restricted_sending,
            trial_sending=trial_sending,
            trial_sending_description=trial_sending_description,
            has_regulation_requirements=has_regulation_requirements,
            registration_steps_url=registration_steps_url,
            regulation_requirements_description=regulation_requirements_description,
        )

        global_sending_user_country.additional_properties = d
        return global_sending_user_country

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
