# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignLinkContact")


@_attrs_define
class SmsCampaignLinkContact:
    """The contact a tracked link was sent to.

    Attributes:
        contact_id (int | Unset): A whole number (int), e.g. 201 or "201".
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        phone_number (None | str | Unset):
    """

    contact_id: int | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = UNSET if isinstance(self.contact_id, Unset) else self.contact_id

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

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _contact_id = d.pop("contact_id", UNSET)
        contact_id = (
            UNSET
            if isinstance(_contact_id, Unset)
            else integer(_contact_id, "SmsCampaignLinkContact.contact_id")
        )

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        phone_number = cast(None | str | Unset, d.pop("phone_number", UNSET))

        sms_campaign_link_contact = cls(
            contact_id=contact_id,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
        )

        sms_campaign_link_contact.additional_properties = d
        return sms_campaign_link_contact

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
