# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, integer_in

T = TypeVar("T", bound="DirectMailArea")


@_attrs_define
class DirectMailArea:
    """An area of a campaign and the number of leaflets for it.

    Attributes:
        location_id (int): A whole number (int), e.g. 201 or "201".
        quantity (int): How many leaflets to deliver in the area.
    """

    location_id: int = _attrs_field(converter=integer_in)
    quantity: int = _attrs_field(converter=integer_in)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "location_id": location_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location_id = integer(d.pop("location_id"), "DirectMailArea.location_id")

        quantity = integer(d.pop("quantity"), "DirectMailArea.quantity")

        direct_mail_area = cls(
            location_id=location_id,
            quantity=quantity,
        )

        return direct_mail_area
