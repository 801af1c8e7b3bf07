# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphaTag")


@_attrs_define
class AlphaTag:
    """An alpha tag and its approval status.

    Attributes:
        id (str): The alpha tag's id (a UUID).
        alpha_tag (str): The sender name, e.g. Abc123.
        status (str): e.g. PENDING, APPROVED, REJECTED.
        account_id (str | Unset):
        workspace_id (str | Unset):
        user_id (str | Unset): A UUID (not the numeric user id of the v3 calls).
        reason (None | str | Unset): Why you may use the name.
        countries (list[str] | Unset): Countries the tag was requested for.
        created_timestamp (str | Unset): ISO 8601 time.
        updated_timestamp (None | str | Unset): ISO 8601 time.
    """

    id: str
    alpha_tag: str
    status: str
    account_id: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    reason: None | str | Unset = UNSET
    countries: list[str] | Unset = UNSET
    created_timestamp: str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alpha_tag = self.alpha_tag

        status = self.status

        account_id = self.account_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

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
                "alpha_tag": alpha_tag,
                "status": status,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alpha_tag = d.pop("alpha_tag")

        status = d.pop("status")

        account_id = d.pop("account_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        reason = cast(None | str | Unset, d.pop("reason", UNSET))

        countries = cast(list[str], d.pop("countries", UNSET))

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = cast(None | str | Unset, d.pop("updated_timestamp", UNSET))

        alpha_tag = cls(
            id=id,
            alpha_tag=alpha_tag,
            status=status,
            account_id=account_id,
            workspace_id=workspace_id,
            user_id=user_id,
            reason=reason,
            countries=countries,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        alpha_tag.additional_properties = d
        return alpha_tag

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
