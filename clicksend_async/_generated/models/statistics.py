# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.statistics_day import StatisticsDay
    from ..models.statistics_figures import StatisticsFigures


T = TypeVar("T", bound="Statistics")


@_attrs_define
class Statistics:
    """The totals and the figures per day. The days come as `stat` or as `stats` (see the quirk
    at /statistics/sms): read whichever is not None.

        Attributes:
            total (StatisticsFigures): Outbound, inbound and bounced messages (voice has no inbound).
            stats (list[StatisticsDay] | Unset):
            stat (list[StatisticsDay] | Unset):
            currency (Currency | Unset):
    """

    total: StatisticsFigures
    stats: list[StatisticsDay] | Unset = UNSET
    stat: list[StatisticsDay] | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = []
            for stats_item_data in self.stats:
                stats_item = stats_item_data.to_dict()
                stats.append(stats_item)

        stat: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stat, Unset):
            stat = []
            for stat_item_data in self.stat:
                stat_item = stat_item_data.to_dict()
                stat.append(stat_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if stats is not UNSET:
            field_dict["stats"] = stats
        if stat is not UNSET:
            field_dict["stat"] = stat
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.statistics_day import StatisticsDay  # noqa: PLC0415
        from ..models.statistics_figures import StatisticsFigures  # noqa: PLC0415

        d = dict(src_dict)
        total = StatisticsFigures.from_dict(d.pop("total"))

        _stats = d.pop("stats", UNSET)
        stats: list[StatisticsDay] | Unset = UNSET
        if _stats is not UNSET:
            stats = []
            for stats_item_data in _stats:
                stats_item = StatisticsDay.from_dict(stats_item_data)

                stats.append(stats_item)

        _stat = d.pop("stat", UNSET)
        stat: list[StatisticsDay] | Unset = UNSET
        if _stat is not UNSET:
            stat = []
            for stat_item_data in _stat:
                stat_item = StatisticsDay.from_dict(stat_item_data)

                stat.append(stat_item)

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        statistics = cls(
            total=total,
            stats=stats,
            stat=stat,
            currency=currency,
        )

        statistics.additional_properties = d
        return statistics

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
