# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_return_address import PostReturnAddress


T = TypeVar("T", bound="PostcardHistoryItem")


@_attrs_define
class PostcardHistoryItem:
    """A postcard sent or scheduled.

    Attributes:
        message_id (str):
        message_id_supplier (None | str | Unset): Id at the printing partner.
        status (str | Unset): Where the postcard is, e.g. Sent.
        post_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        post_price_supplier (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        priority (int | Unset):
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
        list_id (int | None | Unset):
        letter_file_name (str | Unset):
        file_url (str | Unset):
        api_username (str | Unset):
        ip_address (str | Unset):
        source (None | str | Unset):
        subaccount_id (int | Unset):
        user_id (int | Unset):
    """

    message_id: str
    message_id_supplier: None | str | Unset = UNSET
    status: str | Unset = UNSET
    post_price: Decimal | Unset = UNSET
    post_price_supplier: Decimal | Unset = UNSET
    priority: int | Unset = UNSET
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
    list_id: int | None | Unset = UNSET
    letter_file_name: str | Unset = UNSET
    file_url: str | Unset = UNSET
    api_username: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    source: None | str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        message_id_supplier: None | str | Unset
        if isinstance(self.message_id_supplier, Unset):
            message_id_supplier = UNSET
        else:
            message_id_supplier = self.message_id_supplier

        status = self.status

        post_price = UNSET if isinstance(self.post_price, Unset) else format(self.post_price, "f")

        post_price_supplier = (
            UNSET
            if isinstance(self.post_price_supplier, Unset)
            else format(self.post_price_supplier, "f")
        )

        priority = UNSET if isinstance(self.priority, Unset) else self.priority

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

        list_id = (
            UNSET
            if isinstance(self.list_id, Unset)
            else None
            if self.list_id is None
            else self.list_id
        )

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
                "message_id": message_id,
            }
        )
        if message_id_supplier is not UNSET:
            field_dict["message_id_supplier"] = message_id_supplier
        if status is not UNSET:
            field_dict["status"] = status
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if post_price_supplier is not UNSET:
            field_dict["post_price_supplier"] = post_price_supplier
        if priority is not UNSET:
            field_dict["priority"] = priority
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
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
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
        message_id = d.pop("message_id")

        message_id_supplier = cast(None | str | Unset, d.pop("message_id_supplier", UNSET))

        status = d.pop("status", UNSET)

        _post_price = d.pop("post_price", UNSET)
        post_price = (
            UNSET
            if isinstance(_post_price, Unset)
            else money(_post_price, "PostcardHistoryItem.post_price")
        )

        _post_price_supplier = d.pop("post_price_supplier", UNSET)
        post_price_supplier = (
            UNSET
            if isinstance(_post_price_supplier, Unset)
            else money(_post_price_supplier, "PostcardHistoryItem.post_price_supplier")
        )

        _priority = d.pop("priority", UNSET)
        priority = (
            UNSET
            if isinstance(_priority, Unset)
            else integer(_priority, "PostcardHistoryItem.priority")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "PostcardHistoryItem.date_added")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "PostcardHistoryItem.schedule")
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
            else integer(_return_address_id, "PostcardHistoryItem.return_address_id")
        )

        _return_address = d.pop("_return_address", UNSET)
        return_address: PostReturnAddress | Unset
        if isinstance(_return_address, Unset):
            return_address = UNSET
        else:
            return_address = PostReturnAddress.from_dict(_return_address)

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else nullable_integer(_list_id, "PostcardHistoryItem.list_id")
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
            else integer(_subaccount_id, "PostcardHistoryItem.subaccount_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET
            if isinstance(_user_id, Unset)
            else integer(_user_id, "PostcardHistoryItem.user_id")
        )

        postcard_history_item = cls(
            message_id=message_id,
            message_id_supplier=message_id_supplier,
            status=status,
            post_price=post_price,
            post_price_supplier=post_price_supplier,
            priority=priority,
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
            list_id=list_id,
            letter_file_name=letter_file_name,
            file_url=file_url,
            api_username=api_username,
            ip_address=ip_address,
            source=source,
            subaccount_id=subaccount_id,
            user_id=user_id,
        )

        postcard_history_item.additional_properties = d
        return postcard_history_item

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
