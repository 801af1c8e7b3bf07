# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in

T = TypeVar("T", bound="EmailTemplateCreate")


@_attrs_define
class EmailTemplateCreate:
    """
    Attributes:
        template_id_master (int): Id of the master template to copy.
        template_name (str): Name of the new template.
    """

    template_id_master: int = _attrs_field(converter=integer_in)
    template_name: str

    def to_dict(self) -> dict[str, Any]:
        template_id_master = self.template_id_master

        template_name = self.template_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_id_master": template_id_master,
                "template_name": template_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id_master = integer(
            d.pop("template_id_master"), "EmailTemplateCreate.template_id_master"
        )

        template_name = d.pop("template_name")

        email_template_create = cls(
            template_id_master=template_id_master,
            template_name=template_name,
        )

        return email_template_create
