# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxSentMessage")


@_attrs_define
class FaxSentMessage:
    """One message of a fax send or price answer. `status` is SUCCESS or the reason ClickSend
    refused this message; the HTTP code does not tell.

        Attributes:
            status (str): SUCCESS, or why this message was refused.
            message_id (str | Unset):
            to (None | str | Unset):
            from_ (None | str | Unset):
            from_email (None | str | Unset):
            date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
            schedule (int | None | Unset):
            message_pages (Decimal | Unset): Pages billed (decimal.Decimal).
            message_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            custom_string (None | str | Unset):
            list_id (int | None | Unset):
            user_id (int | Unset):
            subaccount_id (int | Unset):
            country (str | Unset):
            carrier (str | Unset):
            status_code (None | str | Unset):
            status_text (None | str | Unset):
    """

    status: str
    message_id: str | Unset = UNSET
    to: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    date_added: int | Unset = UNSET
    schedule: int | None | Unset = UNSET
    message_pages: Decimal | Unset = UNSET
    message_price: Decimal | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    country: str | Unset = UNSET
    carrier: str | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        message_pages = (
            UNSET if isinstance(self.message_pages, Unset) else format(self.message_pages, "f")
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
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_pages is not UNSET:
            field_dict["message_pages"] = message_pages
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
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        message_id = d.pop("message_id", UNSET)

        to = cast(None | str | Unset, d.pop("to", UNSET))

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        from_email = cast(None | str | Unset, d.pop("from_email", UNSET))

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "FaxSentMessage.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "FaxSentMessage.schedule")
        )

        _message_pages = d.pop("message_pages", UNSET)
        message_pages = (
            UNSET
            if isinstance(_message_pages, Unset)
            else money(_message_pages, "FaxSentMessage.message_pages")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "FaxSentMessage.message_price")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "FaxSentMessage.list_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "FaxSentMessage.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "FaxSentMessage.subaccount_id")
        )

        country = d.pop("country", UNSET)

        carrier = d.pop("carrier", UNSET)

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        fax_sent_message = cls(
            status=status,
            message_id=message_id,
            to=to,
            from_=from_,
            from_email=from_email,
            date_added=date_added,
            schedule=schedule,
            message_pages=message_pages,
            message_price=message_price,
            custom_string=custom_string,
            list_id=list_id,
            user_id=user_id,
            subaccount_id=subaccount_id,
            country=country,
            carrier=carrier,
            status_code=status_code,
            status_text=status_text,
        )

        fax_sent_message.additional_properties = d
        return fax_sent_message

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
