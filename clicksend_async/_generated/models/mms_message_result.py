# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, nullable_integer, nullable_unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsMessageResult")


@_attrs_define
class MmsMessageResult:
    """One message of an MMS send or price answer, with its own `status` (SUCCESS, or why it
    was refused).

        Attributes:
            status (str): SUCCESS, or the code of the refusal.
            message_id (str | Unset):
            to (str | Unset):
            subject (str | Unset):
            from_ (None | str | Unset):
            body (str | Unset):
            country (str | Unset):
            custom_string (None | str | Unset):
            schedule (int | None | Unset):
            message_parts (int | Unset): A whole number (int), e.g. 201 or "201".
            message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            media_file_url (str | Unset): Where ClickSend keeps the media file.
            list_id (int | None | Unset):
            contact_id (int | None | Unset):
    """

    status: str
    message_id: str | Unset = UNSET
    to: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    body: str | Unset = UNSET
    country: str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    message_parts: int | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    media_file_url: str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        to = self.to

        subject = self.subject

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        body = self.body

        country = self.country

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        message_parts = UNSET if isinstance(self.message_parts, Unset) else self.message_parts

        message_price = (
            UNSET if isinstance(self.message_price, Unset) else format(self.message_price, "f")
        )

        media_file_url = self.media_file_url

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

        contact_id = (
            UNSET
            if isinstance(self.contact_id, Unset)
            else None
            if self.contact_id is None
            else self.contact_id
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
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if country is not UNSET:
            field_dict["country"] = country
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if media_file_url is not UNSET:
            field_dict["_media_file_url"] = media_file_url
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        message_id = d.pop("message_id", UNSET)

        to = d.pop("to", UNSET)

        subject = d.pop("subject", UNSET)

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        body = d.pop("body", UNSET)

        country = d.pop("country", UNSET)

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "MmsMessageResult.schedule")
        )

        _message_parts = d.pop("message_parts", UNSET)
        message_parts = (
            UNSET
            if isinstance(_message_parts, Unset)
            else integer(_message_parts, "MmsMessageResult.message_parts")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "MmsMessageResult.message_price")
        )

        media_file_url = d.pop("_media_file_url", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "MmsMessageResult.list_id")
        )

        _contact_id = d.pop("contact_id", UNSET)
        contact_id = (
            UNSET
            if isinstance(_contact_id, Unset)
            else nullable_integer(_contact_id, "MmsMessageResult.contact_id")
        )

        mms_message_result = cls(
            status=status,
            message_id=message_id,
            to=to,
            subject=subject,
            from_=from_,
            body=body,
            country=country,
            custom_string=custom_string,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            media_file_url=media_file_url,
            list_id=list_id,
            contact_id=contact_id,
        )

        mms_message_result.additional_properties = d
        return mms_message_result

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
