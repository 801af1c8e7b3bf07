# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumber")


@_attrs_define
class OwnNumber:
    """One of your own numbers and its verification status.

    Attributes:
        id (str): The own number's id (a UUID).
        phone_number (str): The number in E.164 format.
        status (str): PENDING, APPROVED or REJECTED.
        account_id (str | Unset):
        workspace_id (str | Unset):
        user_id (str | Unset): A UUID (not the numeric user id of the v3 calls).
        country (str | Unset): Two-letter ISO country code.
        label (None | str | Unset): Your label for the number.
        verified_timestamp (None | str | Unset): ISO 8601 time.
        notified_timestamp (None | str | Unset): ISO 8601 time.
        is_nearing_expiration (bool | Unset): Whether the verification expires soon.
        created_timestamp (str | Unset): ISO 8601 time.
        updated_timestamp (None | str | Unset): ISO 8601 time.
    """

    id: str
    phone_number: str
    status: str
    account_id: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    country: str | Unset = UNSET
    label: None | str | Unset = UNSET
    verified_timestamp: None | str | Unset = UNSET
    notified_timestamp: None | str | Unset = UNSET
    is_nearing_expiration: bool | Unset = UNSET
    created_timestamp: str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        status = self.status

        account_id = self.account_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        country = self.country

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        verified_timestamp: None | str | Unset
        if isinstance(self.verified_timestamp, Unset):
            verified_timestamp = UNSET
        else:
            verified_timestamp = self.verified_timestamp

        notified_timestamp: None | str | Unset
        if isinstance(self.notified_timestamp, Unset):
            notified_timestamp = UNSET
        else:
            notified_timestamp = self.notified_timestamp

        is_nearing_expiration = self.is_nearing_expiration

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
                "phone_number": phone_number,
                "status": status,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if country is not UNSET:
            field_dict["country"] = country
        if label is not UNSET:
            field_dict["label"] = label
        if verified_timestamp is not UNSET:
            field_dict["verified_timestamp"] = verified_timestamp
        if notified_timestamp is not UNSET:
            field_dict["notified_timestamp"] = notified_timestamp
        if is_nearing_expiration is not UNSET:
            field_dict["is_nearing_expiration"] = is_nearing_expiration
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone_number = d.pop("phone_number")

        status = d.pop("status")

        account_id = d.pop("account_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        country = d.pop("country", UNSET)

        label = cast(None | str | Unset, d.pop("label", UNSET))

        verified_timestamp = cast(None | str | Unset, d.pop("verified_timestamp", UNSET))

        notified_timestamp = cast(None | str | Unset, d.pop("notified_timestamp", UNSET))

        is_nearing_expiration = d.pop("is_nearing_expiration", UNSET)

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = cast(None | str | Unset, d.pop("updated_timestamp", UNSET))

        own_number = cls(
            id=id,
            phone_number=phone_number,
            status=status,
            account_id=account_id,
            workspace_id=workspace_id,
            user_id=user_id,
            country=country,
            label=label,
            verified_timestamp=verified_timestamp,
            notified_timestamp=notified_timestamp,
            is_nearing_expiration=is_nearing_expiration,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        own_number.additional_properties = d
        return own_number

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
