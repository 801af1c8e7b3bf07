# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessageResult")


@_attrs_define
class SmsMessageResult:
    """One message of a send or price answer. `status` is SUCCESS when ClickSend queued (or
    priced) it, else the reason it was refused (e.g. INVALID_RECIPIENT): a refusal of one
    message does not fail the call.

        Attributes:
            status (str): SUCCESS, or the code of the refusal (e.g. INVALID_RECIPIENT).
            message_id (str | Unset): Id of the queued message (a UUID); absent from price answers.
            to (str | Unset):
            body (str | Unset):
            from_ (None | str | Unset):
            direction (str | Unset): out.
            date (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            schedule (int | None | Unset): Unix time it is scheduled for; empty when sent now.
            message_parts (int | Unset): A whole number (int), e.g. 201 or "201".
            message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            custom_string (None | str | Unset):
            from_email (None | str | Unset):
            list_id (int | None | Unset):
            contact_id (int | None | Unset):
            user_id (int | Unset): A whole number (int), e.g. 201 or "201".
            subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
            is_shared_system_number (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            country (str | Unset):
            carrier (str | Unset):
    """

    status: str
    message_id: str | Unset = UNSET
    to: str | Unset = UNSET
    body: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    direction: str | Unset = UNSET
    date: int | Unset = UNSET
    schedule: int | None | Unset = UNSET
    message_parts: int | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    is_shared_system_number: bool | Unset = UNSET
    country: str | Unset = UNSET
    carrier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        to = self.to

        body = self.body

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        direction = self.direction

        date = UNSET if isinstance(self.date, Unset) else self.date

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

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

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

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        is_shared_system_number = (
            UNSET
            if isinstance(self.is_shared_system_number, Unset)
            else int(self.is_shared_system_number)
        )

        country = self.country

        carrier = self.carrier

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
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if direction is not UNSET:
            field_dict["direction"] = direction
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
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if is_shared_system_number is not UNSET:
            field_dict["is_shared_system_number"] = is_shared_system_number
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        message_id = d.pop("message_id", UNSET)

        to = d.pop("to", UNSET)

        body = d.pop("body", UNSET)

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        direction = d.pop("direction", UNSET)

        _date = d.pop("date", UNSET)
        date = UNSET if isinstance(_date, Unset) else unix_time(_date, "SmsMessageResult.date")

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "SmsMessageResult.schedule")
        )

        _message_parts = d.pop("message_parts", UNSET)
        message_parts = (
            UNSET
            if isinstance(_message_parts, Unset)
            else integer(_message_parts, "SmsMessageResult.message_parts")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "SmsMessageResult.message_price")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        from_email = cast(None | str | Unset, d.pop("from_email", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "SmsMessageResult.list_id")
        )

        _contact_id = d.pop("contact_id", UNSET)
        contact_id = (
            UNSET
            if isinstance(_contact_id, Unset)
            else nullable_integer(_contact_id, "SmsMessageResult.contact_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "SmsMessageResult.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "SmsMessageResult.subaccount_id")
        )

        _is_shared_system_number = d.pop("is_shared_system_number", UNSET)
        is_shared_system_number = (
            UNSET
            if isinstance(_is_shared_system_number, Unset)
            else flag(_is_shared_system_number, "SmsMessageResult.is_shared_system_number")
        )

        country = d.pop("country", UNSET)

        carrier = d.pop("carrier", UNSET)

        sms_message_result = cls(
            status=status,
            message_id=message_id,
            to=to,
            body=body,
            from_=from_,
            direction=direction,
            date=date,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            custom_string=custom_string,
            from_email=from_email,
            list_id=list_id,
            contact_id=contact_id,
            user_id=user_id,
            subaccount_id=subaccount_id,
            is_shared_system_number=is_shared_system_number,
            country=country,
            carrier=carrier,
        )

        sms_message_result.additional_properties = d
        return sms_message_result

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
