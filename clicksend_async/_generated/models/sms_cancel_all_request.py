# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCancelAllRequest")


@_attrs_define
class SmsCancelAllRequest:
    """
    Attributes:
        custom_string (str | Unset): Cancel only the scheduled messages carrying this custom_string.
    """

    custom_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_string = d.pop("custom_string", UNSET)

        sms_cancel_all_request = cls(
            custom_string=custom_string,
        )

        return sms_cancel_all_request
