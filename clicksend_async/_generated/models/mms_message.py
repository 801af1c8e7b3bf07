# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, optional_integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsMessage")


@_attrs_define
class MmsMessage:
    """One MMS to send (or price): to one number (`to`) or to every contact of a list
    (`list_id`). The media file is given once, in MmsSendRequest.

        Attributes:
            subject (str): Subject (up to 20 characters).
            body (str): Text of the message.
            to (str | Unset): Recipient phone number, in E.164 format (e.g. +61411111111).
            list_id (int | Unset): A whole number (int), e.g. 201 or "201".
            from_ (str | Unset): Your sender id; leave out for a shared number.
            source (str | Unset): Free text naming your application (the SDK fills in its own name).
            schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            custom_string (str | Unset): Your own reference; it comes back in the history and delivery receipts.
            country (str | Unset): Recipient country (ISO 3166 alpha-2), to read a number not in E.164 format.
            from_email (str | Unset): Email address that replies are forwarded to (default: the sending user's).
    """

    subject: str
    body: str
    to: str | Unset = UNSET
    list_id: int | Unset = _attrs_field(default=UNSET, converter=optional_integer_in)
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    custom_string: str | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        body = self.body

        to = self.to

        list_id = UNSET if isinstance(self.list_id, Unset) else self.list_id

        from_ = self.from_

        source = self.source

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        custom_string = self.custom_string

        country = self.country

        from_email = self.from_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "body": body,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        body = d.pop("body")

        to = d.pop("to", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = UNSET if isinstance(_list_id, Unset) else integer(_list_id, "MmsMessage.list_id")

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET if isinstance(_schedule, Unset) else unix_time(_schedule, "MmsMessage.schedule")
        )

        custom_string = d.pop("custom_string", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        mms_message = cls(
            subject=subject,
            body=body,
            to=to,
            list_id=list_id,
            from_=from_,
            source=source,
            schedule=schedule,
            custom_string=custom_string,
            country=country,
            from_email=from_email,
        )

        return mms_message
