# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplate")


@_attrs_define
class EmailTemplate:
    """One of your email templates (the listing gives only id and name).

    Attributes:
        template_id (int):
        template_name (str):
        template_id_master (int | Unset): The master template it was made from.
        body (str | Unset):
    """

    template_id: int
    template_name: str
    template_id_master: int | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        template_name = self.template_name

        template_id_master = (
            UNSET if isinstance(self.template_id_master, Unset) else self.template_id_master
        )

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "template_name": template_name,
            }
        )
        if template_id_master is not UNSET:
            field_dict["template_id_master"] = template_id_master
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = integer(d.pop("template_id"), "EmailTemplate.template_id")

        template_name = d.pop("template_name")

        _template_id_master = d.pop("template_id_master", UNSET)
        template_id_master = (
            UNSET
            if isinstance(_template_id_master, Unset)
            else integer(_template_id_master, "EmailTemplate.template_id_master")
        )

        body = d.pop("body", UNSET)

        email_template = cls(
            template_id=template_id,
            template_name=template_name,
            template_id_master=template_id_master,
            body=body,
        )

        email_template.additional_properties = d
        return email_template

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
