# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceHistoryItem")


@_attrs_define
class VoiceHistoryItem:
    """A voice message of the history.

    Attributes:
        message_id (str):
        status (str | Unset): Delivery state, e.g. WaitApproval, Queued, Sent.
        status_code (None | str | Unset):
        status_text (None | str | Unset):
        to (None | str | Unset):
        to_type (str | Unset):
        body (str | Unset):
        from_ (None | str | Unset):
        lang (str | Unset):
        voice (str | Unset):
        date (int | None | Unset):
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        schedule (int | None | Unset):
        message_parts (Decimal | Unset): Parts billed (decimal.Decimal).
        message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        custom_string (None | str | Unset):
        list_id (int | None | Unset):
        user_id (int | Unset):
        subaccount_id (int | Unset):
        country (str | Unset):
        carrier (str | Unset):
        require_input (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        machine_detection (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        machine_detected (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        digits (None | str | Unset): The keys the person called pressed.
        api_username (str | Unset): The API user that sent it.
    """

    message_id: str
    status: str | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    to_type: str | Unset = UNSET
    body: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    lang: str | Unset = UNSET
    voice: str | Unset = UNSET
    date: int | None | Unset = UNSET
    date_added: int | Unset = UNSET
    schedule: int | None | Unset = UNSET
    message_parts: Decimal | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    country: str | Unset = UNSET
    carrier: str | Unset = UNSET
    require_input: bool | Unset = UNSET
    machine_detection: bool | Unset = UNSET
    machine_detected: bool | Unset = UNSET
    digits: None | str | Unset = UNSET
    api_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status

        status_code: None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

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

        date = UNSET if isinstance(self.date, Unset) else None if self.date is None else self.date

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

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

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        country = self.country

        carrier = self.carrier

        require_input = UNSET if isinstance(self.require_input, Unset) else int(self.require_input)

        machine_detection = (
            UNSET if isinstance(self.machine_detection, Unset) else int(self.machine_detection)
        )

        machine_detected = (
            UNSET if isinstance(self.machine_detected, Unset) else int(self.machine_detected)
        )

        digits: None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        api_username = self.api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
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
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection
        if machine_detected is not UNSET:
            field_dict["machine_detected"] = machine_detected
        if digits is not UNSET:
            field_dict["digits"] = digits
        if api_username is not UNSET:
            field_dict["_api_username"] = api_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = d.pop("status", UNSET)

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        to = cast(None | str | Unset, d.pop("to", UNSET))

        to_type = d.pop("to_type", UNSET)

        body = d.pop("body", UNSET)

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        lang = d.pop("lang", UNSET)

        voice = d.pop("voice", UNSET)

        _date = d.pop("date", UNSET)
        date = (
            UNSET
            if isinstance(_date, Unset)
            else nullable_unix_time(_date, "VoiceHistoryItem.date")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "VoiceHistoryItem.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "VoiceHistoryItem.schedule")
        )

        _message_parts = d.pop("message_parts", UNSET)
        message_parts = (
            UNSET
            if isinstance(_message_parts, Unset)
            else money(_message_parts, "VoiceHistoryItem.message_parts")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "VoiceHistoryItem.message_price")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "VoiceHistoryItem.list_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "VoiceHistoryItem.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "VoiceHistoryItem.subaccount_id")
        )

        country = d.pop("country", UNSET)

        carrier = d.pop("carrier", UNSET)

        _require_input = d.pop("require_input", UNSET)
        require_input = (
            UNSET
            if isinstance(_require_input, Unset)
            else flag(_require_input, "VoiceHistoryItem.require_input")
        )

        _machine_detection = d.pop("machine_detection", UNSET)
        machine_detection = (
            UNSET
            if isinstance(_machine_detection, Unset)
            else flag(_machine_detection, "VoiceHistoryItem.machine_detection")
        )

        _machine_detected = d.pop("machine_detected", UNSET)
        machine_detected = (
            UNSET
            if isinstance(_machine_detected, Unset)
            else flag(_machine_detected, "VoiceHistoryItem.machine_detected")
        )

        digits = cast(None | str | Unset, d.pop("digits", UNSET))

        api_username = d.pop("_api_username", UNSET)

        voice_history_item = cls(
            message_id=message_id,
            status=status,
            status_code=status_code,
            status_text=status_text,
            to=to,
            to_type=to_type,
            body=body,
            from_=from_,
            lang=lang,
            voice=voice,
            date=date,
            date_added=date_added,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            custom_string=custom_string,
            list_id=list_id,
            user_id=user_id,
            subaccount_id=subaccount_id,
            country=country,
            carrier=carrier,
            require_input=require_input,
            machine_detection=machine_detection,
            machine_detected=machine_detected,
            digits=digits,
            api_username=api_username,
        )

        voice_history_item.additional_properties = d
        return voice_history_item

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
