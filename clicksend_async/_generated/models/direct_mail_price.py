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
    from ..models.direct_mail_campaign import DirectMailCampaign


T = TypeVar("T", bound="DirectMailPrice")


@_attrs_define
class DirectMailPrice:
    """A campaign with its price (the answer of `price` and of `send`).

    Attributes:
        data (DirectMailCampaign): A direct mail campaign.
        total_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        total_quantity (int | Unset): A whole number (int), e.g. 201 or "201".
        currency (Currency | Unset):
    """

    data: DirectMailCampaign
    total_price: Decimal | Unset = UNSET
    total_quantity: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        total_price = (
            UNSET if isinstance(self.total_price, Unset) else format(self.total_price, "f")
        )

        total_quantity = UNSET if isinstance(self.total_quantity, Unset) else self.total_quantity

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.direct_mail_campaign import DirectMailCampaign  # noqa: PLC0415

        d = dict(src_dict)
        data = DirectMailCampaign.from_dict(d.pop("data"))

        _total_price = d.pop("total_price", UNSET)
        total_price = (
            UNSET
            if isinstance(_total_price, Unset)
            else money(_total_price, "DirectMailPrice.total_price")
        )

        _total_quantity = d.pop("total_quantity", UNSET)
        total_quantity = (
            UNSET
            if isinstance(_total_quantity, Unset)
            else integer(_total_quantity, "DirectMailPrice.total_quantity")
        )

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        direct_mail_price = cls(
            data=data,
            total_price=total_price,
            total_quantity=total_quantity,
            currency=currency,
        )

        direct_mail_price.additional_properties = d
        return direct_mail_price

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
