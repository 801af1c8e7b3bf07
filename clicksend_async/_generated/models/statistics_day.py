# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statistics_count import StatisticsCount


T = TypeVar("T", bound="StatisticsDay")


@_attrs_define
class StatisticsDay:
    """The figures of one day.

    Attributes:
        date (int): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        outbound (StatisticsCount | Unset):
        inbound (StatisticsCount | Unset):
        bounced (StatisticsCount | Unset):
    """

    date: int
    outbound: StatisticsCount | Unset = UNSET
    inbound: StatisticsCount | Unset = UNSET
    bounced: StatisticsCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        outbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound, Unset):
            outbound = self.outbound.to_dict()

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

        bounced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounced, Unset):
            bounced = self.bounced.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if bounced is not UNSET:
            field_dict["bounced"] = bounced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_count import StatisticsCount  # noqa: PLC0415

        d = dict(src_dict)
        date = unix_time(d.pop("date"), "StatisticsDay.date")

        _outbound = d.pop("outbound", UNSET)
        outbound: StatisticsCount | Unset
        if isinstance(_outbound, Unset):
            outbound = UNSET
        else:
            outbound = StatisticsCount.from_dict(_outbound)

        _inbound = d.pop("inbound", UNSET)
        inbound: StatisticsCount | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = StatisticsCount.from_dict(_inbound)

        _bounced = d.pop("bounced", UNSET)
        bounced: StatisticsCount | Unset
        if isinstance(_bounced, Unset):
            bounced = UNSET
        else:
            bounced = StatisticsCount.from_dict(_bounced)

        statistics_day = cls(
            date=date,
            outbound=outbound,
            inbound=inbound,
            bounced=bounced,
        )

        statistics_day.additional_properties = d
        return statistics_day

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
