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
    from ..models.post_recipient_result import PostRecipientResult


T = TypeVar("T", bound="PostLetterResult")


@_attrs_define
class PostLetterResult:
    """The answer of a letter send or price call.

    Attributes:
        recipients (list[PostRecipientResult]):
        total_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        total_count (int | Unset): Number of recipients.
        queued_count (int | Unset): Number of letters queued.
        total_cost (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        currency (Currency | Unset):
    """

    recipients: list[PostRecipientResult]
    total_price: Decimal | Unset = UNSET
    total_count: int | Unset = UNSET
    queued_count: int | Unset = UNSET
    total_cost: Decimal | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        total_price = (
            UNSET if isinstance(self.total_price, Unset) else format(self.total_price, "f")
        )

        total_count = UNSET if isinstance(self.total_count, Unset) else self.total_count

        queued_count = UNSET if isinstance(self.queued_count, Unset) else self.queued_count

        total_cost = UNSET if isinstance(self.total_cost, Unset) else format(self.total_cost, "f")

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if queued_count is not UNSET:
            field_dict["queued_count"] = queued_count
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.post_recipient_result import PostRecipientResult  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = PostRecipientResult.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        _total_price = d.pop("total_price", UNSET)
        total_price = (
            UNSET
            if isinstance(_total_price, Unset)
            else money(_total_price, "PostLetterResult.total_price")
        )

        _total_count = d.pop("total_count", UNSET)
        total_count = (
            UNSET
            if isinstance(_total_count, Unset)
            else integer(_total_count, "PostLetterResult.total_count")
        )

        _queued_count = d.pop("queued_count", UNSET)
        queued_count = (
            UNSET
            if isinstance(_queued_count, Unset)
            else integer(_queued_count, "PostLetterResult.queued_count")
        )

        _total_cost = d.pop("total_cost", UNSET)
        total_cost = (
            UNSET
            if isinstance(_total_cost, Unset)
            else money(_total_cost, "PostLetterResult.total_cost")
        )

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        post_letter_result = cls(
            recipients=recipients,
            total_price=total_price,
            total_count=total_count,
            queued_count=queued_count,
            total_cost=total_cost,
            currency=currency,
        )

        post_letter_result.additional_properties = d
        return post_letter_result

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
