# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.sms_sender_sender_type import SmsSenderSenderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSender")


@_attrs_define
class SmsSender:
    """A sender for the recipients of one country (Smart Assign, beta); countries without one
    use the account's default senders.

        Attributes:
            recipient_country_code (str): Country (ISO 3166 alpha-2) of the recipients this sender serves.
            sender_id (str | Unset): The sender itself (alpha tag text or phone number); empty for shared_longcode.
            sender_type (SmsSenderSenderType | Literal['alpha_tag', '10DLC', 'tollfree', 'own_number', 'shortcode',
                'longcode', 'shared_longcode'] | Unset):
            sender_country_code (str | Unset): Country of the sender number; needed for own_number, longcode, tollfree,
                10DLC and +1 numbers.
    """

    recipient_country_code: str
    sender_id: str | Unset = UNSET
    sender_type: (
        SmsSenderSenderType
        | Literal[
            "alpha_tag",
            "10DLC",
            "tollfree",
            "own_number",
            "shortcode",
            "longcode",
            "shared_longcode",
        ]
        | Unset
    ) = UNSET
    sender_country_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code = self.recipient_country_code

        sender_id = self.sender_id

        sender_type: str | Unset = UNSET
        if not isinstance(self.sender_type, Unset):
            sender_type = SmsSenderSenderType(self.sender_type).value

        sender_country_code = self.sender_country_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient_country_code": recipient_country_code,
            }
        )
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_country_code = d.pop("recipient_country_code")

        sender_id = d.pop("sender_id", UNSET)

        _sender_type = d.pop("sender_type", UNSET)
        sender_type: (
            SmsSenderSenderType
            | Literal[
                "alpha_tag",
                "10DLC",
                "tollfree",
                "own_number",
                "shortcode",
                "longcode",
                "shared_longcode",
            ]
            | Unset
        )
        if isinstance(_sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = SmsSenderSenderType(_sender_type)

        sender_country_code = d.pop("sender_country_code", UNSET)

        sms_sender = cls(
            recipient_country_code=recipient_country_code,
            sender_id=sender_id,
            sender_type=sender_type,
            sender_country_code=sender_country_code,
        )

        return sms_sender
