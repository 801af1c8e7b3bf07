# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsHistoryItem")


@_attrs_define
class SmsHistoryItem:
    """A message of the SMS history.

    Attributes:
        message_id (str):
        direction (str | Unset): out or in.
        date (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        to (str | Unset):
        body (str | Unset):
        status (str | Unset): Queued, Completed, Scheduled, WaitApproval, Failed, Cancelled, CancelledAfterReview,
            Received or Sent (kept a plain string: the docs' list is not closed).
        from_ (None | str | Unset):
        schedule (int | None | Unset):
        status_code (None | str | Unset):
        status_text (None | str | Unset):
        error_code (None | str | Unset):
        error_text (None | str | Unset):
        message_parts (Decimal | Unset):
        message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        from_email (None | str | Unset):
        list_id (int | None | Unset):
        custom_string (None | str | Unset):
        contact_id (int | None | Unset):
        user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        subaccount_id (int | Unset): A whole number (int), e.g. 201 or "201".
        country (None | str | Unset):
        carrier (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        api_username (str | Unset):
    """

    message_id: str
    direction: str | Unset = UNSET
    date: int | Unset = UNSET
    to: str | Unset = UNSET
    body: str | Unset = UNSET
    status: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_text: None | str | Unset = UNSET
    message_parts: Decimal | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    from_email: None | str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    country: None | str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    api_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        direction = self.direction

        date = UNSET if isinstance(self.date, Unset) else self.date

        to = self.to

        body = self.body

        status = self.status

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

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

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_text: None | str | Unset
        if isinstance(self.error_text, Unset):
            error_text = UNSET
        else:
            error_text = self.error_text

        message_parts = (
            UNSET if isinstance(self.message_parts, Unset) else format(self.message_parts, "f")
        )

        message_price = (
            UNSET if isinstance(self.message_price, Unset) else format(self.message_price, "f")
        )

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

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        contact_id = (
            UNSET
            if isinstance(self.contact_id, Unset)
            else None
            if self.contact_id is None
            else self.contact_id
        )

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        api_username = self.api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if date is not UNSET:
            field_dict["date"] = date
        if to is not UNSET:
            field_dict["to"] = to
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_text is not UNSET:
            field_dict["error_text"] = error_text
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if api_username is not UNSET:
            field_dict["_api_username"] = api_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        direction = d.pop("direction", UNSET)

        _date = d.pop("date", UNSET)
        date = UNSET if isinstance(_date, Unset) else unix_time(_date, "SmsHistoryItem.date")

        to = d.pop("to", UNSET)

        body = d.pop("body", UNSET)

        status = d.pop("status", UNSET)

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "SmsHistoryItem.schedule")
        )

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        error_code = cast(None | str | Unset, d.pop("error_code", UNSET))

        error_text = cast(None | str | Unset, d.pop("error_text", UNSET))

        _message_parts = d.pop("message_parts", UNSET)
        message_parts = (
            UNSET
            if isinstance(_message_parts, Unset)
            else money(_message_parts, "SmsHistoryItem.message_parts")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "SmsHistoryItem.message_price")
        )

        from_email = cast(None | str | Unset, d.pop("from_email", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "SmsHistoryItem.list_id")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _contact_id = d.pop("contact_id", UNSET)
        contact_id = (
            UNSET
            if isinstance(_contact_id, Unset)
            else nullable_integer(_contact_id, "SmsHistoryItem.contact_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "SmsHistoryItem.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "SmsHistoryItem.subaccount_id")
        )

        country = cast(None | str | Unset, d.pop("country", UNSET))

        carrier = cast(None | str | Unset, d.pop("carrier", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        api_username = d.pop("_api_username", UNSET)

        sms_history_item = cls(
            message_id=message_id,
            direction=direction,
            date=date,
            to=to,
            body=body,
            status=status,
            from_=from_,
            schedule=schedule,
            status_code=status_code,
            status_text=status_text,
            error_code=error_code,
            error_text=error_text,
            message_parts=message_parts,
            message_price=message_price,
            from_email=from_email,
            list_id=list_id,
            custom_string=custom_string,
            contact_id=contact_id,
            user_id=user_id,
            subaccount_id=subaccount_id,
            country=country,
            carrier=carrier,
            first_name=first_name,
            last_name=last_name,
            api_username=api_username,
        )

        sms_history_item.additional_properties = d
        return sms_history_item

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
