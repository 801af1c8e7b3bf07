# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import optional_unix_time_in, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxReceiptsReadRequest")


@_attrs_define
class FaxReceiptsReadRequest:
    """
    Attributes:
        date_before (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    date_before: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)

    def to_dict(self) -> dict[str, Any]:
        date_before = UNSET if isinstance(self.date_before, Unset) else self.date_before

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date_before is not UNSET:
            field_dict["date_before"] = date_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_before = d.pop("date_before", UNSET)
        date_before = (
            UNSET
            if isinstance(_date_before, Unset)
            else unix_time(_date_before, "FaxReceiptsReadRequest.date_before")
        )

        fax_receipts_read_request = cls(
            date_before=date_before,
        )

        return fax_receipts_read_request
