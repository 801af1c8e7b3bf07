# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxHistoryItem")


@_attrs_define
class FaxHistoryItem:
    """A fax of the history (also the answer of GET /fax/receipts/{message_id}).

    Attributes:
        message_id (str):
        status (str | Unset): Delivery state, e.g. WaitApproval, Queued, Sent.
        status_code (None | str | Unset):
        status_text (None | str | Unset):
        to (None | str | Unset):
        from_ (None | str | Unset):
        from_email (None | str | Unset):
        date (int | None | Unset):
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
        api_username (str | Unset): The API user that sent it.
        file_url (str | Unset): URL of the document faxed.
    """

    message_id: str
    status: str | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    date: int | None | Unset = UNSET
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
    api_username: str | Unset = UNSET
    file_url: str | Unset = UNSET
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

        date = UNSET if isinstance(self.date, Unset) else None if self.date is None else self.date

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

        api_username = self.api_username

        file_url = self.file_url

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
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if date is not UNSET:
            field_dict["date"] = date
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
        if api_username is not UNSET:
            field_dict["_api_username"] = api_username
        if file_url is not UNSET:
            field_dict["_file_url"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = d.pop("status", UNSET)

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        to = cast(None | str | Unset, d.pop("to", UNSET))

        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        from_email = cast(None | str | Unset, d.pop("from_email", UNSET))

        _date = d.pop("date", UNSET)
        date = (
            UNSET if isinstance(_date, Unset) else nullable_unix_time(_date, "FaxHistoryItem.date")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "FaxHistoryItem.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "FaxHistoryItem.schedule")
        )

        _message_pages = d.pop("message_pages", UNSET)
        message_pages = (
            UNSET
            if isinstance(_message_pages, Unset)
            else money(_message_pages, "FaxHistoryItem.message_pages")
        )

        _message_price = d.pop("message_price", UNSET)
        message_price = (
            UNSET
            if isinstance(_message_price, Unset)
            else money(_message_price, "FaxHistoryItem.message_price")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "FaxHistoryItem.list_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "FaxHistoryItem.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "FaxHistoryItem.subaccount_id")
        )

        country = d.pop("country", UNSET)

        carrier = d.pop("carrier", UNSET)

        api_username = d.pop("_api_username", UNSET)

        file_url = d.pop("_file_url", UNSET)

        fax_history_item = cls(
            message_id=message_id,
            status=status,
            status_code=status_code,
            status_text=status_text,
            to=to,
            from_=from_,
            from_email=from_email,
            date=date,
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
            api_username=api_username,
            file_url=file_url,
        )

        fax_history_item.additional_properties = d
        return fax_history_item

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
