# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberVerification")


@_attrs_define
class OwnNumberVerification:
    """A verification of an own number.

    Attributes:
        id (str): The verification's id (a UUID); `verify` takes it.
        status (str): e.g. PENDING, APPROVED.
        own_number_id (str | Unset): The own number's id (a UUID).
        expires_timestamp (None | str | Unset): When the code expires (ISO 8601).
        remaining_attempts (int | Unset): Tries left for the code.
        created_timestamp (str | Unset): ISO 8601 time.
        updated_timestamp (None | str | Unset): ISO 8601 time.
    """

    id: str
    status: str
    own_number_id: str | Unset = UNSET
    expires_timestamp: None | str | Unset = UNSET
    remaining_attempts: int | Unset = UNSET
    created_timestamp: str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        own_number_id = self.own_number_id

        expires_timestamp: None | str | Unset
        if isinstance(self.expires_timestamp, Unset):
            expires_timestamp = UNSET
        else:
            expires_timestamp = self.expires_timestamp

        remaining_attempts = (
            UNSET if isinstance(self.remaining_attempts, Unset) else self.remaining_attempts
        )

        created_timestamp = self.created_timestamp

        updated_timestamp: None | str | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if own_number_id is not UNSET:
            field_dict["own_number_id"] = own_number_id
        if expires_timestamp is not UNSET:
            field_dict["expires_timestamp"] = expires_timestamp
        if remaining_attempts is not UNSET:
            field_dict["remaining_attempts"] = remaining_attempts
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        own_number_id = d.pop("own_number_id", UNSET)

        expires_timestamp = cast(None | str | Unset, d.pop("expires_timestamp", UNSET))

        _remaining_attempts = d.pop("remaining_attempts", UNSET)
        remaining_attempts = (
            UNSET
            if isinstance(_remaining_attempts, Unset)
            else integer(_remaining_attempts, "OwnNumberVerification.remaining_attempts")
        )

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = cast(None | str | Unset, d.pop("updated_timestamp", UNSET))

        own_number_verification = cls(
            id=id,
            status=status,
            own_number_id=own_number_id,
            expires_timestamp=expires_timestamp,
            remaining_attempts=remaining_attempts,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        own_number_verification.additional_properties = d
        return own_number_verification

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
