# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        contact_id (int):
        list_id (int):
        phone_number (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        custom_1 (None | str | Unset):
        custom_2 (None | str | Unset):
        custom_3 (None | str | Unset):
        custom_4 (None | str | Unset):
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        date_updated (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        fax_number (None | str | Unset):
        organization_name (None | str | Unset):
        email (None | str | Unset):
        address_line_1 (None | str | Unset):
        address_line_2 (None | str | Unset):
        address_city (None | str | Unset):
        address_state (None | str | Unset):
        address_postal_code (None | str | Unset):
        address_country (None | str | Unset):
        list_name (str | Unset): Name of the contact's list.
    """

    contact_id: int
    list_id: int
    phone_number: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    custom_1: None | str | Unset = UNSET
    custom_2: None | str | Unset = UNSET
    custom_3: None | str | Unset = UNSET
    custom_4: None | str | Unset = UNSET
    date_added: int | Unset = UNSET
    date_updated: int | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_postal_code: None | str | Unset = UNSET
    address_country: None | str | Unset = UNSET
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        list_id = self.list_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

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

        custom_1: None | str | Unset
        if isinstance(self.custom_1, Unset):
            custom_1 = UNSET
        else:
            custom_1 = self.custom_1

        custom_2: None | str | Unset
        if isinstance(self.custom_2, Unset):
            custom_2 = UNSET
        else:
            custom_2 = self.custom_2

        custom_3: None | str | Unset
        if isinstance(self.custom_3, Unset):
            custom_3 = UNSET
        else:
            custom_3 = self.custom_3

        custom_4: None | str | Unset
        if isinstance(self.custom_4, Unset):
            custom_4 = UNSET
        else:
            custom_4 = self.custom_4

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        date_updated = UNSET if isinstance(self.date_updated, Unset) else self.date_updated

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: None | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country: None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "list_id": list_id,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if email is not UNSET:
            field_dict["email"] = email
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
        if list_name is not UNSET:
            field_dict["_list_name"] = list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = integer(d.pop("contact_id"), "Contact.contact_id")

        list_id = integer(d.pop("list_id"), "Contact.list_id")

        phone_number = cast(None | str | Unset, d.pop("phone_number", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        custom_1 = cast(None | str | Unset, d.pop("custom_1", UNSET))

        custom_2 = cast(None | str | Unset, d.pop("custom_2", UNSET))

        custom_3 = cast(None | str | Unset, d.pop("custom_3", UNSET))

        custom_4 = cast(None | str | Unset, d.pop("custom_4", UNSET))

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "Contact.date_added")
        )

        _date_updated = d.pop("date_updated", UNSET)
        date_updated = (
            UNSET
            if isinstance(_date_updated, Unset)
            else unix_time(_date_updated, "Contact.date_updated")
        )

        fax_number = cast(None | str | Unset, d.pop("fax_number", UNSET))

        organization_name = cast(None | str | Unset, d.pop("organization_name", UNSET))

        email = cast(None | str | Unset, d.pop("email", UNSET))

        address_line_1 = cast(None | str | Unset, d.pop("address_line_1", UNSET))

        address_line_2 = cast(None | str | Unset, d.pop("address_line_2", UNSET))

        address_city = cast(None | str | Unset, d.pop("address_city", UNSET))

        address_state = cast(None | str | Unset, d.pop("address_state", UNSET))

        address_postal_code = cast(None | str | Unset, d.pop("address_postal_code", UNSET))

        address_country = cast(None | str | Unset, d.pop("address_country", UNSET))

        list_name = d.pop("_list_name", UNSET)

        contact = cls(
            contact_id=contact_id,
            list_id=list_id,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            date_added=date_added,
            date_updated=date_updated,
            fax_number=fax_number,
            organization_name=organization_name,
            email=email,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            list_name=list_name,
        )

        contact.additional_properties = d
        return contact

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
