# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """
    Attributes:
        id (int): The contact's or the list's id.
        type_ (str): What was found: `contact` or `list`.
        name (str): The contact's or the list's name.
        contact (None | str | Unset): A contact's phone number; a list's Email-to-SMS address id.
        contacts_count (int | None | Unset): How many contacts a list holds (null for a contact).
    """

    id: int
    type_: str
    name: str
    contact: None | str | Unset = UNSET
    contacts_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        contacts_count = (
            UNSET
            if isinstance(self.contacts_count, Unset)
            else None
            if self.contacts_count is None
            else self.contacts_count
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if contacts_count is not UNSET:
            field_dict["contacts_count"] = contacts_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = integer(d.pop("id"), "SearchResult.id")

        type_ = d.pop("type")

        name = d.pop("name")

        contact = cast(None | str | Unset, d.pop("contact", UNSET))

        _contacts_count = d.pop("contacts_count", UNSET)
        contacts_count = (
            UNSET
            if isinstance(_contacts_count, Unset)
            else nullable_integer(_contacts_count, "SearchResult.contacts_count")
        )

        search_result = cls(
            id=id,
            type_=type_,
            name=name,
            contact=contact,
            contacts_count=contacts_count,
        )

        search_result.additional_properties = d
        return search_result

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
