# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, optional_integer_in, optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxMessage")


@_attrs_define
class FaxMessage:
    """One recipient of a fax send or price request.

    Attributes:
        to (str | Unset): Recipient fax number in E.164 format. Give `to` or `list_id`.
        list_id (int | Unset): A whole number (int), e.g. 201 or "201".
        from_ (str | Unset): Sender id: a fax number of yours.
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        custom_string (str | Unset): Your own reference; it comes back in the history and delivery receipts.
        country (str | Unset): ISO 3166 alpha-2 country of the recipient, used to format a number not given in
            E.164 format.
        from_email (str | Unset): Email address that replies are sent to (defaults to the sending user's).
        source (str | Unset): Your method of sending, e.g. wordpress, php, c#.
    """

    to: str | Unset = UNSET
    list_id: int | Unset = _attrs_field(default=UNSET, converter=optional_integer_in)
    from_: str | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    custom_string: str | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET
    source: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        list_id = UNSET if isinstance(self.list_id, Unset) else self.list_id

        from_ = self.from_

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        custom_string = self.custom_string

        country = self.country

        from_email = self.from_email

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = UNSET if isinstance(_list_id, Unset) else integer(_list_id, "FaxMessage.list_id")

        from_ = d.pop("from", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET if isinstance(_schedule, Unset) else unix_time(_schedule, "FaxMessage.schedule")
        )

        custom_string = d.pop("custom_string", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        source = d.pop("source", UNSET)

        fax_message = cls(
            to=to,
            list_id=list_id,
            from_=from_,
            schedule=schedule,
            custom_string=custom_string,
            country=country,
            from_email=from_email,
            source=source,
        )

        return fax_message
