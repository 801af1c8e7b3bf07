# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignPriced")


@_attrs_define
class EmailCampaignPriced:
    """The campaign that was priced, as the request gave it.

    Attributes:
        name (str | Unset):
        subject (str | Unset):
        from_email_address_id (int | Unset): A whole number (int), e.g. 201 or "201".
        from_name (str | Unset):
        body (str | Unset):
        list_id (int | Unset): A whole number (int), e.g. 201 or "201".
        template_id (int | None | Unset):
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    from_name: str | Unset = UNSET
    body: str | Unset = UNSET
    list_id: int | Unset = UNSET
    template_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        from_email_address_id = (
            UNSET if isinstance(self.from_email_address_id, Unset) else self.from_email_address_id
        )

        from_name = self.from_name

        body = self.body

        list_id = UNSET if isinstance(self.list_id, Unset) else self.list_id

        template_id = (
            UNSET
            if isinstance(self.template_id, Unset)
            else None
            if self.template_id is None
            else self.template_id
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if body is not UNSET:
            field_dict["body"] = body
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        _from_email_address_id = d.pop("from_email_address_id", UNSET)
        from_email_address_id = (
            UNSET
            if isinstance(_from_email_address_id, Unset)
            else integer(_from_email_address_id, "EmailCampaignPriced.from_email_address_id")
        )

        from_name = d.pop("from_name", UNSET)

        body = d.pop("body", UNSET)

        _list_id = d.pop("list_id", UNSET)
        list_id = (
            UNSET
            if isinstance(_list_id, Unset)
            else integer(_list_id, "EmailCampaignPriced.list_id")
        )

        _template_id = d.pop("template_id", UNSET)
        template_id = (
            UNSET
            if isinstance(_template_id, Unset)
            else nullable_integer(_template_id, "EmailCampaignPriced.template_id")
        )

        email_campaign_priced = cls(
            name=name,
            subject=subject,
            from_email_address_id=from_email_address_id,
            from_name=from_name,
            body=body,
            list_id=list_id,
            template_id=template_id,
        )

        email_campaign_priced.additional_properties = d
        return email_campaign_priced

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
