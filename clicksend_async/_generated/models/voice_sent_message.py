# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSentMessage")


@_attrs_define
class VoiceSentMessage:
    """One message of a voice send or price answer. `status` is SUCCESS or the reason ClickSend
    refused this message (e.g. INVALID_RECIPIENT); the HTTP code does not tell.

        Attributes:
            status (str): SUCCESS, or why this message was refused.
            message_id (str | Unset): Id of the message (a UUID).
            to (None | str | Unset):
            to_type (str | Unset): Kind of number called, e.g. mobile.
            body (str | Unset):
            from_ (None | str | Unset): Caller id; null for a shared number.
            lang (str | Unset):
            voice (str | Unset):
            date (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            schedule (int | None | Unset): Unix time it is scheduled for; empty when sent now.
            message_parts (Decimal | Unset): Parts billed (decimal.Decimal).
            message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            custom_string (None | str | Unset):
            user_id (int | Unset):
            subaccount_id (int | Unset):
            list_id (int | None | Unset):
            country (str | Unset):
            carrier (str | Unset):
            require_input (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            machine_detection (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
    """

    status: str
    message_id: str | Unset = UNSET
    to: None | str | Unset = UNSET
    to_type: str | Unset = UNSET
    body: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    lang: str | Unset = UNSET
    voice: str | Unset = UNSET
    date: int | Unset = UNSET
    schedule: int | None | Unset = UNSET
    message_parts: Decimal | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    list_id: int | None | Unset = UNSET
    country: str | Unset = UNSET
    carrier: str | Unset = UNSET
    require_input: bool | Unset = UNSET
    machine_detection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        to_type = self.to_type

        body = self.body

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        lang = self.lang

        voice = self.voice

        date = UNSET if isinstance(self.date, Unset) else self.date

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        message_parts = (
            UNSET if isinstance(self.message_parts, Unset) else format(self.message_parts, "f")
        )

        message_price = (
            UNSET if isinstance(self.message_price, Unset) else format(self.message_price, "f")
        )

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

        country = self.country

        carrier = self.carrier

        require_input = UNSET if isinstance(self.require_input, Unset) else int(self.require_input)

        machine_detection = (
            UNSET if isinstance(self.machine_detection, Unset) else int(self.machine_detection)
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if to is not UNSET:
            field_dict["to"] = to
        if to_type is not UNSET:
            field_dict["to_type"] = to_type
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if lang is not UNSET:
            field_dict["lang"] = lang
        if voice is not UNSET:
            field_dict["voice"] = voice
        if date is not UNSET:
            field_dict["date"] = date
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        message_id = d.pop("message_id", UNSET)

        to = cast(None | str | Unset, d.pop("to", UNSET))

        to_type = d.pop("to_type", UNSET)

        body = d.pop("body", UNSET)

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        lang = d.pop("lang", UNSET)

        voice = d.pop("voice", UNSET)

        _date = d.pop("date", UNSET)
        date = UNSET if isinstance(_date, Unset) else unix_time(_date, "VoiceSentMessage.date")

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "VoiceSentMessage.schedule")
        )

        _message_parts = d.pop("message_parts", UNSET)
        message_parts = (
            UNSET
            if isinstance(_message_parts, Unset)
            else money(_message_parts, "VoiceSentMessage.message_parts")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "VoiceSentMessage.message_price")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "VoiceSentMessage.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "VoiceSentMessage.subaccount_id")
        )

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "VoiceSentMessage.list_id")
        )

        country = d.pop("country", UNSET)

        carrier = d.pop("carrier", UNSET)

        _require_input = d.pop("require_input", UNSET)
        require_input = (
            UNSET
            if isinstance(_require_input, Unset)
            else flag(_require_input, "VoiceSentMessage.require_input")
        )

        _machine_detection = d.pop("machine_detection", UNSET)
        machine_detection = (
            UNSET
            if isinstance(_machine_detection, Unset)
            else flag(_machine_detection, "VoiceSentMessage.machine_detection")
        )

        voice_sent_message = cls(
            status=status,
            message_id=message_id,
            to=to,
            to_type=to_type,
            body=body,
            from_=from_,
            lang=lang,
            voice=voice,
            date=date,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            custom_string=custom_string,
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            country=country,
            carrier=carrier,
            require_input=require_input,
            machine_detection=machine_detection,
        )

        voice_sent_message.additional_properties = d
        return voice_sent_message

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
