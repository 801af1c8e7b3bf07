# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.default_sender_strategy_fields_sender_type import (
    DefaultSenderStrategyFieldsSenderType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSenderStrategyFields")


@_attrs_define
class DefaultSenderStrategyFields:
    """The sender to use.

    Attributes:
        sender_type (DefaultSenderStrategyFieldsSenderType | Literal['alpha_tag', '10DLC', 'tollfree', 'own_number',
            'shortcode', 'longcode', 'shared_longcode']): The kind of sender.
        sender_id (str): The alpha tag text or the number (empty for shared_longcode).
        sender_country_code (str | Unset): Country of the sender number; needed for own_number, longcode, tollfree,
            10DLC and +1 numbers.
        note (str | Unset): Your note
    """

    sender_type: (
        DefaultSenderStrategyFieldsSenderType
        | Literal[
            "alpha_tag",
            "10DLC",
            "tollfree",
            "own_number",
            "shortcode",
            "longcode",
            "shared_longcode",
        ]
    )
    sender_id: str
    sender_country_code: str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sender_type = DefaultSenderStrategyFieldsSenderType(self.sender_type).value

        sender_id = self.sender_id

        sender_country_code = self.sender_country_code

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sender_type": sender_type,
                "sender_id": sender_id,
            }
        )
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type = DefaultSenderStrategyFieldsSenderType(d.pop("sender_type"))

        sender_id = d.pop("sender_id")

        sender_country_code = d.pop("sender_country_code", UNSET)

        note = d.pop("note", UNSET)

        default_sender_strategy_fields = cls(
            sender_type=sender_type,
            sender_id=sender_id,
            sender_country_code=sender_country_code,
            note=note,
        )

        return default_sender_strategy_fields
