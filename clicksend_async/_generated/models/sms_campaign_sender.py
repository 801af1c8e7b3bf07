# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignSender")


@_attrs_define
class SmsCampaignSender:
    """A per-country sender of a campaign, as an answer carries it.

    Attributes:
        recipient_country_code (str | Unset):
        sender_id (None | str | Unset):
        sender_type (None | str | Unset):
        sender_country_code (None | str | Unset):
    """

    recipient_country_code: str | Unset = UNSET
    sender_id: None | str | Unset = UNSET
    sender_type: None | str | Unset = UNSET
    sender_country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code = self.recipient_country_code

        sender_id: None | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        sender_type: None | str | Unset
        if isinstance(self.sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = self.sender_type

        sender_country_code: None | str | Unset
        if isinstance(self.sender_country_code, Unset):
            sender_country_code = UNSET
        else:
            sender_country_code = self.sender_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient_country_code is not UNSET:
            field_dict["recipient_country_code"] = recipient_country_code
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
        recipient_country_code = d.pop("recipient_country_code", UNSET)

        sender_id = cast(None | str | Unset, d.pop("sender_id", UNSET))

        sender_type = cast(None | str | Unset, d.pop("sender_type", UNSET))

        sender_country_code = cast(None | str | Unset, d.pop("sender_country_code", UNSET))

        sms_campaign_sender = cls(
            recipient_country_code=recipient_country_code,
            sender_id=sender_id,
            sender_type=sender_type,
            sender_country_code=sender_country_code,
        )

        sms_campaign_sender.additional_properties = d
        return sms_campaign_sender

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
