# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostReturnAddress")


@_attrs_define
class PostReturnAddress:
    """A stored return address.

    Attributes:
        return_address_id (int):
        user_id (int | Unset):
        address_name (str | Unset):
        address_line_1 (str | Unset):
        address_line_2 (None | str | Unset):
        address_city (str | Unset):
        address_state (None | str | Unset):
        address_postal_code (int | str | Unset): A postal code, e.g. "6000"; a JSON number is accepted too.
        address_country (str | Unset):
    """

    return_address_id: int
    user_id: int | Unset = UNSET
    address_name: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_postal_code: int | str | Unset = UNSET
    address_country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_address_id = self.return_address_id

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_address_id": return_address_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_address_id = integer(
            d.pop("return_address_id"), "PostReturnAddress.return_address_id"
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "PostReturnAddress.user_id")
        )

        address_name = d.pop("address_name", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = cast(None | str | Unset, d.pop("address_line_2", UNSET))

        address_city = d.pop("address_city", UNSET)

        address_state = cast(None | str | Unset, d.pop("address_state", UNSET))

        address_postal_code = cast(int | str | Unset, d.pop("address_postal_code", UNSET))

        address_country = d.pop("address_country", UNSET)

        post_return_address = cls(
            return_address_id=return_address_id,
            user_id=user_id,
            address_name=address_name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
        )

        post_return_address.additional_properties = d
        return post_return_address

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
