# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GlobalSendingSelectRequest")


@_attrs_define
class GlobalSendingSelectRequest:
    """
    Attributes:
        country_list_ids (list[int]): Ids of the countries to enable (from `countries`).
    """

    country_list_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        country_list_ids = self.country_list_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country_list_ids": country_list_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_list_ids = cast(list[int], d.pop("country_list_ids"))

        global_sending_select_request = cls(
            country_list_ids=country_list_ids,
        )

        return global_sending_select_request
