# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.sms_message_result import SmsMessageResult
    from ..models.sms_price_summary import SmsPriceSummary


T = TypeVar("T", bound="SmsSendResult")


@_attrs_define
class SmsSendResult:
    """The answer of `send` and of `price`.

    Attributes:
        messages (list[SmsMessageResult]): One result per message (per recipient of a list), each with its status.
        total_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        total_count (int | Unset): A whole number (int), e.g. 201 or "201".
        queued_count (int | Unset): A whole number (int), e.g. 201 or "201".
        blocked_count (int | Unset): A whole number (int), e.g. 201 or "201".
        currency (Currency | Unset):
        summary (SmsPriceSummary | Unset): The per-country summary a price call adds when a message asks `show_summary`.
    """

    messages: list[SmsMessageResult]
    total_price: Decimal | Unset = UNSET
    total_count: int | Unset = UNSET
    queued_count: int | Unset = UNSET
    blocked_count: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    summary: SmsPriceSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        total_price = (
            UNSET if isinstance(self.total_price, Unset) else format(self.total_price, "f")
        )

        total_count = UNSET if isinstance(self.total_count, Unset) else self.total_count

        queued_count = UNSET if isinstance(self.queued_count, Unset) else self.queued_count

        blocked_count = UNSET if isinstance(self.blocked_count, Unset) else self.blocked_count

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if queued_count is not UNSET:
            field_dict["queued_count"] = queued_count
        if blocked_count is not UNSET:
            field_dict["blocked_count"] = blocked_count
        if currency is not UNSET:
            field_dict["_currency"] = currency
        if summary is not UNSET:
            field_dict["_summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.sms_message_result import SmsMessageResult  # noqa: PLC0415
        from ..models.sms_price_summary import SmsPriceSummary  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessageResult.from_dict(messages_item_data)

            messages.append(messages_item)

        _total_price = d.pop("total_price", UNSET)
        total_price = (
            UNSET
            if isinstance(_total_price, Unset)
            else money(_total_price, "SmsSendResult.total_price")
        )

        _total_count = d.pop("total_count", UNSET)
        total_count = (
            UNSET
            if isinstance(_total_count, Unset)
            else integer(_total_count, "SmsSendResult.total_count")
        )

        _queued_count = d.pop("queued_count", UNSET)
        queued_count = (
            UNSET
            if isinstance(_queued_count, Unset)
            else integer(_queued_count, "SmsSendResult.queued_count")
        )

        _blocked_count = d.pop("blocked_count", UNSET)
        blocked_count = (
            UNSET
            if isinstance(_blocked_count, Unset)
            else integer(_blocked_count, "SmsSendResult.blocked_count")
        )

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _summary = d.pop("_summary", UNSET)
        summary: SmsPriceSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = SmsPriceSummary.from_dict(_summary)

        sms_send_result = cls(
            messages=messages,
            total_price=total_price,
            total_count=total_count,
            queued_count=queued_count,
            blocked_count=blocked_count,
            currency=currency,
            summary=summary,
        )

        sms_send_result.additional_properties = d
        return sms_send_result

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
