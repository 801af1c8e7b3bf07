# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sender_strategy import DefaultSenderStrategy


T = TypeVar("T", bound="DefaultSender")


@_attrs_define
class DefaultSender:
    """A default sender setting (Smart Assign, beta).

    Attributes:
        id (str): The setting's id (a UUID).
        country_code (str): The recipient country (two-letter ISO code).
        product_type (str): e.g. SMS.
        user_id (int | Unset):
        subaccount_id (int | None | Unset):
        default_sender_strategies (list[DefaultSenderStrategy] | Unset):
        status (str | Unset): e.g. ENABLED.
        created_timestamp (str | Unset): ISO 8601 time.
        updated_timestamp (None | str | Unset): ISO 8601 time.
    """

    id: str
    country_code: str
    product_type: str
    user_id: int | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    default_sender_strategies: list[DefaultSenderStrategy] | Unset = UNSET
    status: str | Unset = UNSET
    created_timestamp: str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country_code = self.country_code

        product_type = self.product_type

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = (
            UNSET
            if isinstance(self.subaccount_id, Unset)
            else None
            if self.subaccount_id is None
            else self.subaccount_id
        )

        default_sender_strategies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.default_sender_strategies, Unset):
            default_sender_strategies = []
            for default_sender_strategies_item_data in self.default_sender_strategies:
                default_sender_strategies_item = default_sender_strategies_item_data.to_dict()
                default_sender_strategies.append(default_sender_strategies_item)

        status = self.status

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
                "country_code": country_code,
                "product_type": product_type,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if default_sender_strategies is not UNSET:
            field_dict["default_sender_strategies"] = default_sender_strategies
        if status is not UNSET:
            field_dict["status"] = status
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender_strategy import DefaultSenderStrategy  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        country_code = d.pop("country_code")

        product_type = d.pop("product_type")

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "DefaultSender.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else nullable_integer(_subaccount_id, "DefaultSender.subaccount_id")
        )

        _default_sender_strategies = d.pop("default_sender_strategies", UNSET)
        default_sender_strategies: list[DefaultSenderStrategy] | Unset = UNSET
        if _default_sender_strategies is not UNSET:
            default_sender_strategies = []
            for default_sender_strategies_item_data in _default_sender_strategies:
                default_sender_strategies_item = DefaultSenderStrategy.from_dict(
                    default_sender_strategies_item_data
                )

                default_sender_strategies.append(default_sender_strategies_item)

        status = d.pop("status", UNSET)

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = cast(None | str | Unset, d.pop("updated_timestamp", UNSET))

        default_sender = cls(
            id=id,
            country_code=country_code,
            product_type=product_type,
            user_id=user_id,
            subaccount_id=subaccount_id,
            default_sender_strategies=default_sender_strategies,
            status=status,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        default_sender.additional_properties = d
        return default_sender

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
