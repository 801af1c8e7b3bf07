# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money, nullable_unix_time, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_return_address import PostReturnAddress


T = TypeVar("T", bound="PostRecipientResult")


@_attrs_define
class PostRecipientResult:
    """One recipient of a letter or postcard send (or price) answer. A recipient ClickSend
    refused carries a `status` other than SUCCESS; the others in the same call go ahead.

        Attributes:
            status (str): SUCCESS, or why this recipient was refused.
            message_id (str | Unset): Id of the letter or postcard to this recipient.
            post_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_pages (int | Unset): Pages printed (letters).
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
            return_address (PostReturnAddress | Unset): A stored return address.
            custom_string (None | str | Unset):
            colour (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            duplex (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            priority_post (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            priority (int | Unset): Postal priority code (postcards).
            letter_file_name (str | Unset): Name of the stored PDF.
            file_url (str | Unset): URL of the stored PDF.
            api_username (str | Unset):
            ip_address (str | Unset):
            source (None | str | Unset):
            subaccount_id (int | Unset):
            user_id (int | Unset):
    """

    status: str
    message_id: str | Unset = UNSET
    post_price: Decimal | Unset = UNSET
    post_pages: int | Unset = UNSET
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
    return_address: PostReturnAddress | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    colour: bool | Unset = UNSET
    duplex: bool | Unset = UNSET
    priority_post: bool | Unset = UNSET
    priority: int | Unset = UNSET
    letter_file_name: str | Unset = UNSET
    file_url: str | Unset = UNSET
    api_username: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    source: None | str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        post_price = UNSET if isinstance(self.post_price, Unset) else format(self.post_price, "f")

        post_pages = UNSET if isinstance(self.post_pages, Unset) else self.post_pages

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

        return_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_address, Unset):
            return_address = self.return_address.to_dict()

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        colour = UNSET if isinstance(self.colour, Unset) else int(self.colour)

        duplex = UNSET if isinstance(self.duplex, Unset) else int(self.duplex)

        priority_post = UNSET if isinstance(self.priority_post, Unset) else int(self.priority_post)

        priority = UNSET if isinstance(self.priority, Unset) else self.priority

        letter_file_name = self.letter_file_name

        file_url = self.file_url

        api_username = self.api_username

        ip_address = self.ip_address

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
                "status": status,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if post_pages is not UNSET:
            field_dict["post_pages"] = post_pages
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
        if return_address is not UNSET:
            field_dict["_return_address"] = return_address
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if priority is not UNSET:
            field_dict["priority"] = priority
        if letter_file_name is not UNSET:
            field_dict["letter_file_name"] = letter_file_name
        if file_url is not UNSET:
            field_dict["_file_url"] = file_url
        if api_username is not UNSET:
            field_dict["_api_username"] = api_username
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if source is not UNSET:
            field_dict["source"] = source
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_return_address import PostReturnAddress  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        message_id = d.pop("message_id", UNSET)

        _post_price = d.pop("post_price", UNSET)
        post_price = (
            UNSET
            if isinstance(_post_price, Unset)
            else money(_post_price, "PostRecipientResult.post_price")
        )

        _post_pages = d.pop("post_pages", UNSET)
        post_pages = (
            UNSET
            if isinstance(_post_pages, Unset)
            else integer(_post_pages, "PostRecipientResult.post_pages")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "PostRecipientResult.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "PostRecipientResult.schedule")
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
            else integer(_return_address_id, "PostRecipientResult.return_address_id")
        )

        _return_address = d.pop("_return_address", UNSET)
        return_address: PostReturnAddress | Unset
        if isinstance(_return_address, Unset):
            return_address = UNSET
        else:
            return_address = PostReturnAddress.from_dict(_return_address)

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _colour = d.pop("colour", UNSET)
        colour = (
            UNSET if isinstance(_colour, Unset) else flag(_colour, "PostRecipientResult.colour")
        )

        _duplex = d.pop("duplex", UNSET)
        duplex = (
            UNSET if isinstance(_duplex, Unset) else flag(_duplex, "PostRecipientResult.duplex")
        )

        _priority_post = d.pop("priority_post", UNSET)
        priority_post = (
            UNSET
            if isinstance(_priority_post, Unset)
            else flag(_priority_post, "PostRecipientResult.priority_post")
        )

        _priority = d.pop("priority", UNSET)
        priority = (
            UNSET
            if isinstance(_priority, Unset)
            else integer(_priority, "PostRecipientResult.priority")
        )

        letter_file_name = d.pop("letter_file_name", UNSET)

        file_url = d.pop("_file_url", UNSET)

        api_username = d.pop("_api_username", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        source = cast(None | str | Unset, d.pop("source", UNSET))

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "PostRecipientResult.subaccount_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET
            if isinstance(_user_id, Unset)
            else integer(_user_id, "PostRecipientResult.user_id")
        )

        post_recipient_result = cls(
            status=status,
            message_id=message_id,
            post_price=post_price,
            post_pages=post_pages,
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
            return_address=return_address,
            custom_string=custom_string,
            colour=colour,
            duplex=duplex,
            priority_post=priority_post,
            priority=priority,
            letter_file_name=letter_file_name,
            file_url=file_url,
            api_username=api_username,
            ip_address=ip_address,
            source=source,
            subaccount_id=subaccount_id,
            user_id=user_id,
        )

        post_recipient_result.additional_properties = d
        return post_recipient_result

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
