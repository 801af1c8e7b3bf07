# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SmsTemplateFields")


@_attrs_define
class SmsTemplateFields:
    """The fields of a template that a create or an update sends.

    Attributes:
        template_name (str): Name of the template.
        body (str): Text of the template.
    """

    template_name: str
    body: str

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_name": template_name,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_name = d.pop("template_name")

        body = d.pop("body")

        sms_template_fields = cls(
            template_name=template_name,
            body=body,
        )

        return sms_template_fields
