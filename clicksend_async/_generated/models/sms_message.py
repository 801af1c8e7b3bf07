# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, optional_integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """One SMS to send (or price): to one number (`to`) or to every contact of a list
    (`list_id`).

        Attributes:
            body (str): Text of the message.
            to (str | Unset): Recipient phone number, in E.164 format (e.g. +61411111111).
            list_id (int | Unset): A whole number (int), e.g. 201 or "201".
            from_ (str | Unset): Sender id: a dedicated number, alpha tag or own number; leave out for a shared number.
            source (str | Unset): Free text naming your application (the SDK fills in its own name).
            schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            custom_string (str | Unset): Your own reference; it comes back in the history, delivery receipts and replies.
            country (str | Unset): Recipient country (ISO 3166 alpha-2), to read a number not in E.164 format.
            from_email (str | Unset): Email address that replies are forwarded to (default: the sending user's).
            exclude_no_sender_id_recipients (bool | Unset): send only: true skips, silently, recipients whose country needs
                a registered sender
                id; false sends only when the sender id is registered.
            show_summary (bool | Unset): price only: true adds a per-country summary (`_summary`) to the answer.
    """

    body: str
    to: str | Unset = UNSET
    list_id: int | Unset = _attrs_field(default=UNSET, converter=optional_integer_in)
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    custom_string: str | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET
    exclude_no_sender_id_recipients: bool | Unset = UNSET
    show_summary: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        to = self.to

        list_id = UNSET if isinstance(self.list_id, Unset) else self.list_id

        from_ = self.from_

        source = self.source

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        custom_string = self.custom_string

        country = self.country

        from_email = self.from_email

        exclude_no_sender_id_recipients = self.exclude_no_sender_id_recipients

        show_summary = self.show_summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        if exclude_no_sender_id_recipients is not UNSET:
            field_dict["exclude_no_sender_id_recipients"] = exclude_no_sender_id_recipients
        if show_summary is not UNSET:
            field_dict["show_summary"] = show_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        to = d.pop("to", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = UNSET if isinstance(_list_id, Unset) else integer(_list_id, "SmsMessage.list_id")

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET if isinstance(_schedule, Unset) else unix_time(_schedule, "SmsMessage.schedule")
        )

        custom_string = d.pop("custom_string", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        exclude_no_sender_id_recipients = d.pop("exclude_no_sender_id_recipients", UNSET)

        show_summary = d.pop("show_summary", UNSET)

        sms_message = cls(
            body=body,
            to=to,
            list_id=list_id,
            from_=from_,
            source=source,
            schedule=schedule,
            custom_string=custom_string,
            country=country,
            from_email=from_email,
            exclude_no_sender_id_recipients=exclude_no_sender_id_recipients,
            show_summary=show_summary,
        )

        return sms_message
