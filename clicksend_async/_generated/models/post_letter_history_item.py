# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostLetterHistoryItem")


@_attrs_define
class PostLetterHistoryItem:
    """A letter sent or scheduled.

    Attributes:
        message_id (str):
        status (str | Unset): Where the letter is, e.g. Queued:Stamped.
        status_code (None | str | Unset):
        status_text (None | str | Unset):
        post_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        post_pages (int | Unset):
        colour (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        duplex (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        priority_post (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        schedule (int | None | Unset):
        address_name (str | Unset):
        address_line_1 (str | Unset):
        address_line_2 (None | str | Unset):
        address_city (str | Unset):
        address_state (None | str | Unset):
        address_postal_code (int | str | Unset): A postal code, e.g. "6000"; a JSON number is accepted too.
        address_country (str | Unset):
        return_address_id (int | Unset):
        custom_string (None | str | Unset):
        list_id (int | None | Unset):
        source (None | str | Unset):
        subaccount_id (int | Unset):
        user_id (int | Unset):
    """

    message_id: str
    status: str | Unset = UNSET
    status_code: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    post_price: Decimal | Unset = UNSET
    post_pages: int | Unset = UNSET
    colour: bool | Unset = UNSET
    duplex: bool | Unset = UNSET
    priority_post: bool | Unset = UNSET
    date_added: int | Unset = UNSET
    schedule: int | None | Unset = UNSET
    address_name: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_postal_code: int | str | Unset = UNSET
    address_country: str | Unset = UNSET
    return_address_id: int | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    list_id: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
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

        post_price = UNSET if isinstance(self.post_price, Unset) else format(self.post_price, "f")

        post_pages = UNSET if isinstance(self.post_pages, Unset) else self.post_pages

        colour = UNSET if isinstance(self.colour, Unset) else int(self.colour)

        duplex = UNSET if isinstance(self.duplex, Unset) else int(self.duplex)

        priority_post = UNSET if isinstance(self.priority_post, Unset) else int(self.priority_post)

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: int | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country = self.address_country

        return_address_id = (
            UNSET if isinstance(self.return_address_id, Unset) else self.return_address_id
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

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

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
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if post_pages is not UNSET:
            field_dict["post_pages"] = post_pages
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if address_name is not UNSET:
            field_dict["address_name"] = address_name
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if source is not UNSET:
            field_dict["source"] = source
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = d.pop("status", UNSET)

        status_code = cast(None | str | Unset, d.pop("status_code", UNSET))

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        _post_price = d.pop("post_price", UNSET)
        post_price = (
            UNSET
            if isinstance(_post_price, Unset)
            else money(_post_price, "PostLetterHistoryItem.post_price")
        )

        _post_pages = d.pop("post_pages", UNSET)
        post_pages = (
            UNSET
            if isinstance(_post_pages, Unset)
            else integer(_post_pages, "PostLetterHistoryItem.post_pages")
        )

        _colour = d.pop("colour", UNSET)
        colour = (
            UNSET if isinstance(_colour, Unset) else flag(_colour, "PostLetterHistoryItem.colour")
        )

        _duplex = d.pop("duplex", UNSET)
        duplex = (
            UNSET if isinstance(_duplex, Unset) else flag(_duplex, "PostLetterHistoryItem.duplex")
        )

        _priority_post = d.pop("priority_post", UNSET)
        priority_post = (
            UNSET
            if isinstance(_priority_post, Unset)
            else flag(_priority_post, "PostLetterHistoryItem.priority_post")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "PostLetterHistoryItem.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "PostLetterHistoryItem.schedule")
        )

        address_name = d.pop("address_name", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = cast(None | str | Unset, d.pop("address_line_2", UNSET))

        address_city = d.pop("address_city", UNSET)

        address_state = cast(None | str | Unset, d.pop("address_state", UNSET))

        address_postal_code = cast(int | str | Unset, d.pop("address_postal_code", UNSET))

        address_country = d.pop("address_country", UNSET)

        _return_address_id = d.pop("return_address_id", UNSET)
        return_address_id = (
            UNSET
            if isinstance(_return_address_id, Unset)
            else integer(_return_address_id, "PostLetterHistoryItem.return_address_id")
        )

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "PostLetterHistoryItem.list_id")
        )

        source = cast(None | str | Unset, d.pop("source", UNSET))

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "PostLetterHistoryItem.subaccount_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET
            if isinstance(_user_id, Unset)
            else integer(_user_id, "PostLetterHistoryItem.user_id")
        )

        post_letter_history_item = cls(
            message_id=message_id,
            status=status,
            status_code=status_code,
            status_text=status_text,
            post_price=post_price,
            post_pages=post_pages,
            colour=colour,
            duplex=duplex,
            priority_post=priority_post,
            date_added=date_added,
            schedule=schedule,
            address_name=address_name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            return_address_id=return_address_id,
            custom_string=custom_string,
            list_id=list_id,
            source=source,
            subaccount_id=subaccount_id,
            user_id=user_id,
        )

        post_letter_history_item.additional_properties = d
        return post_letter_history_item

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
