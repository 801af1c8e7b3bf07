# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import (
    flag,
    integer,
    optional_flag_in,
    optional_integer_in,
    optional_unix_time_in,
    unix_time,
)
from ..models.voice_message_voice import VoiceMessageVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessage")


@_attrs_define
class VoiceMessage:
    """One text-to-speech call of a voice send or price request.

    Attributes:
        body (str): The text read out. Up to 4 parts: 300 GSM or 150 Unicode characters per part (a
            credit each); longer text is cut. Some SSML tags (breaks, rate) are understood.
        voice (VoiceMessageVoice | Literal['female', 'male']): The voice; not every language has both (see GET
            /voice/lang).
        to (str | Unset): Recipient number in E.164 format (a local number is formatted with `country`). Give
            `to` or `list_id`.
        list_id (int | Unset): A whole number (int), e.g. 201 or "201".
        lang (str | Unset): Language and accent of the voice, e.g. en-au, en-us, en-gb, de-de, fr-fr (see
            GET /voice/lang).
        from_ (str | Unset): Caller id (a dedicated number); leave out to call from a shared number.
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (str | Unset): Your own reference; it comes back in the history and delivery receipts.
        country (str | Unset): ISO 3166 alpha-2 country of the recipient, used to format a number not given in
            E.164 format.
        require_input (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        machine_detection (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        source (str | Unset): Your method of sending, e.g. wordpress, php, c#.
    """

    body: str
    voice: VoiceMessageVoice | Literal["female", "male"]
    to: str | Unset = UNSET
    list_id: int | Unset = _attrs_field(default=UNSET, converter=optional_integer_in)
    lang: str | Unset = UNSET
    from_: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    custom_string: str | Unset = UNSET
    country: str | Unset = UNSET
    require_input: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    machine_detection: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    source: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        voice = VoiceMessageVoice(self.voice).value

        to = self.to

        list_id = UNSET if isinstance(self.list_id, Unset) else self.list_id

        lang = self.lang

        from_ = self.from_

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        custom_string = self.custom_string

        country = self.country

        require_input = UNSET if isinstance(self.require_input, Unset) else int(self.require_input)

        machine_detection = (
            UNSET if isinstance(self.machine_detection, Unset) else int(self.machine_detection)
        )

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "voice": voice,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if lang is not UNSET:
            field_dict["lang"] = lang
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if country is not UNSET:
            field_dict["country"] = country
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        voice = VoiceMessageVoice(d.pop("voice"))

        to = d.pop("to", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET if isinstance(_list_id, Unset) else integer(_list_id, "VoiceMessage.list_id")
        )

        lang = d.pop("lang", UNSET)

        from_ = d.pop("from", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET if isinstance(_schedule, Unset) else unix_time(_schedule, "VoiceMessage.schedule")
        )

        custom_string = d.pop("custom_string", UNSET)

        country = d.pop("country", UNSET)

        _require_input = d.pop("require_input", UNSET)
        require_input = (
            UNSET
            if isinstance(_require_input, Unset)
            else flag(_require_input, "VoiceMessage.require_input")
        )

        _machine_detection = d.pop("machine_detection", UNSET)
        machine_detection = (
            UNSET
            if isinstance(_machine_detection, Unset)
            else flag(_machine_detection, "VoiceMessage.machine_detection")
        )

        source = d.pop("source", UNSET)

        voice_message = cls(
            body=body,
            voice=voice,
            to=to,
            list_id=list_id,
            lang=lang,
            from_=from_,
            schedule=schedule,
            custom_string=custom_string,
            country=country,
            require_input=require_input,
            machine_detection=machine_detection,
            source=source,
        )

        return voice_message
