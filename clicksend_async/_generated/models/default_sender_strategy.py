# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSenderStrategy")


@_attrs_define
class DefaultSenderStrategy:
    """A sender a default sender setting uses.

    Attributes:
        sender_type (str): alpha_tag, 10DLC, tollfree, own_number, shortcode, longcode or shared_longcode.
        sender_id (None | str): The alpha tag or the number (empty for shared_longcode).
        sender_country_code (None | str | Unset): Country of the sender number.
        priority (int | Unset): Order among the setting's senders (1 first).
        status (str | Unset): e.g. ENABLED.
        note (None | str | Unset): Your note.
    """

    sender_type: str
    sender_id: None | str
    sender_country_code: None | str | Unset = UNSET
    priority: int | Unset = UNSET
    status: str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type = self.sender_type

        sender_id: None | str
        sender_id = self.sender_id

        sender_country_code: None | str | Unset
        if isinstance(self.sender_country_code, Unset):
            sender_country_code = UNSET
        else:
            sender_country_code = self.sender_country_code

        priority = UNSET if isinstance(self.priority, Unset) else self.priority

        status = self.status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_type": sender_type,
                "sender_id": sender_id,
            }
        )
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type = d.pop("sender_type")

        sender_id = cast(None | str, d.pop("sender_id"))

        sender_country_code = cast(None | str | Unset, d.pop("sender_country_code", UNSET))

        _priority = d.pop("priority", UNSET)
        priority = (
            UNSET
            if isinstance(_priority, Unset)
            else integer(_priority, "DefaultSenderStrategy.priority")
        )

        status = d.pop("status", UNSET)

        note = cast(None | str | Unset, d.pop("note", UNSET))

        default_sender_strategy = cls(
            sender_type=sender_type,
            sender_id=sender_id,
            sender_country_code=sender_country_code,
            priority=priority,
            status=status,
            note=note,
        )

        default_sender_strategy.additional_properties = d
        return default_sender_strategy

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
