# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_money
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectMailCampaignArea")


@_attrs_define
class DirectMailCampaignArea:
    """An area of a campaign, as an answer carries it.

    Attributes:
        campaign_id (int | None | Unset):
        location_id (int | Unset): A whole number (int), e.g. 201 or "201".
        quantity (int | Unset): A whole number (int), e.g. 201 or "201".
        price (Decimal | None | Unset):
        status (None | str | Unset):
        country_code (str | Unset):
        country_name (str | Unset):
        place_name (str | Unset):
        postal_code (str | Unset):
    """

    campaign_id: int | None | Unset = UNSET
    location_id: int | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    status: None | str | Unset = UNSET
    country_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    place_name: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = (
            UNSET
            if isinstance(self.campaign_id, Unset)
            else None
            if self.campaign_id is None
            else self.campaign_id
        )

        location_id = UNSET if isinstance(self.location_id, Unset) else self.location_id

        quantity = UNSET if isinstance(self.quantity, Unset) else self.quantity

        price = (
            UNSET
            if isinstance(self.price, Unset)
            else None
            if self.price is None
            else format(self.price, "f")
        )

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        country_code = self.country_code

        country_name = self.country_name

        place_name = self.place_name

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if place_name is not UNSET:
            field_dict["place_name"] = place_name
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id = (
            UNSET
            if isinstance(_campaign_id, Unset)
            else nullable_integer(_campaign_id, "DirectMailCampaignArea.campaign_id")
        )

        _location_id = d.pop("location_id", UNSET)
        location_id = (
            UNSET
            if isinstance(_location_id, Unset)
            else integer(_location_id, "DirectMailCampaignArea.location_id")
        )

        _quantity = d.pop("quantity", UNSET)
        quantity = (
            UNSET
            if isinstance(_quantity, Unset)
            else integer(_quantity, "DirectMailCampaignArea.quantity")
        )

        _price = d.pop("price", UNSET)
        price = (
            UNSET
            if isinstance(_price, Unset)
            else nullable_money(_price, "DirectMailCampaignArea.price")
        )

        status = cast(None | str | Unset, d.pop("status", UNSET))

        country_code = d.pop("country_code", UNSET)

        country_name = d.pop("country_name", UNSET)

        place_name = d.pop("place_name", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        direct_mail_campaign_area = cls(
            campaign_id=campaign_id,
            location_id=location_id,
            quantity=quantity,
            price=price,
            status=status,
            country_code=country_code,
            country_name=country_name,
            place_name=place_name,
            postal_code=postal_code,
        )

        direct_mail_campaign_area.additional_properties = d
        return direct_mail_campaign_area

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
