# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money

T = TypeVar("T", bound="UsageRow")


@_attrs_define
class UsageRow:
    """
    Attributes:
        subaccount_id (int):
        username (str):
        total_count (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        total_price (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
    """

    subaccount_id: int
    username: str
    total_count: Decimal
    total_price: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        username = self.username

        total_count = format(self.total_count, "f")

        total_price = format(self.total_price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "username": username,
                "total_count": total_count,
                "total_price": total_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = integer(d.pop("subaccount_id"), "UsageRow.subaccount_id")

        username = d.pop("username")

        total_count = money(d.pop("total_count"), "UsageRow.total_count")

        total_price = money(d.pop("total_price"), "UsageRow.total_price")

        usage_row = cls(
            subaccount_id=subaccount_id,
            username=username,
            total_count=total_count,
            total_price=total_price,
        )

        usage_row.additional_properties = d
        return usage_row

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
