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
    from ..models.sms_campaign_price_message import SmsCampaignPriceMessage


T = TypeVar("T", bound="SmsCampaignPrice")


@_attrs_define
class SmsCampaignPrice:
    """The price of an SMS campaign.

    Attributes:
        total_price (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        total_count (int | Unset): A whole number (int), e.g. 201 or "201".
        data (SmsCampaignPriceMessage | Unset): The message of a priced campaign, as the first contact would get it.
        currency (Currency | Unset):
    """

    total_price: Decimal
    total_count: int | Unset = UNSET
    data: SmsCampaignPriceMessage | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_price = format(self.total_price, "f")

        total_count = UNSET if isinstance(self.total_count, Unset) else self.total_count

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_price": total_price,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if data is not UNSET:
            field_dict["data"] = data
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.sms_campaign_price_message import SmsCampaignPriceMessage  # noqa: PLC0415

        d = dict(src_dict)
        total_price = money(d.pop("total_price"), "SmsCampaignPrice.total_price")

        _total_count = d.pop("total_count", UNSET)
        total_count = (
            UNSET
            if isinstance(_total_count, Unset)
            else integer(_total_count, "SmsCampaignPrice.total_count")
        )

        _data = d.pop("data", UNSET)
        data: SmsCampaignPriceMessage | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SmsCampaignPriceMessage.from_dict(_data)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        sms_campaign_price = cls(
            total_price=total_price,
            total_count=total_count,
            data=data,
            currency=currency,
        )

        sms_campaign_price.additional_properties = d
        return sms_campaign_price

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
