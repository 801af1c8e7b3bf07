# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import nullable_unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignPriceMessage")


@_attrs_define
class SmsCampaignPriceMessage:
    """The message of a priced campaign, as the first contact would get it.

    Attributes:
        from_ (None | str | Unset):
        body (str | Unset):
        schedule (int | None | Unset):
    """

    from_: None | str | Unset = UNSET
    body: str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        body = self.body

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = cast(None | str | Unset, d.pop("from", UNSET))

        body = d.pop("body", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "SmsCampaignPriceMessage.schedule")
        )

        sms_campaign_price_message = cls(
            from_=from_,
            body=body,
            schedule=schedule,
        )

        sms_campaign_price_message.additional_properties = d
        return sms_campaign_price_message

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
