# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateUpdate")


@_attrs_define
class EmailTemplateUpdate:
    """
    Attributes:
        body (str): The new body of the template.
        template_name (str | Unset): A new name for the template.
    """

    body: str
    template_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        template_name = self.template_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        template_name = d.pop("template_name", UNSET)

        email_template_update = cls(
            body=body,
            template_name=template_name,
        )

        return email_template_update
