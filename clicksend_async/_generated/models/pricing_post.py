# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingPost")


@_attrs_define
class PricingPost:
    """
    Attributes:
        price_letter_black (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_letter_colour (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_letter_page_black (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_letter_page_colour (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_letter_large_surcharge (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_letter_large_surcharge_sheet (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or
            0.0792.
        price_direct_mail_dl (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        price_direct_mail_a5 (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        direct_mail_min_quantity (int | Unset): Fewest pieces a direct-mail campaign takes.
    """

    price_letter_black: Decimal | Unset = UNSET
    price_letter_colour: Decimal | Unset = UNSET
    price_letter_page_black: Decimal | Unset = UNSET
    price_letter_page_colour: Decimal | Unset = UNSET
    price_letter_large_surcharge: Decimal | Unset = UNSET
    price_letter_large_surcharge_sheet: Decimal | Unset = UNSET
    price_direct_mail_dl: Decimal | Unset = UNSET
    price_direct_mail_a5: Decimal | Unset = UNSET
    direct_mail_min_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_letter_black = (
            UNSET
            if isinstance(self.price_letter_black, Unset)
            else format(self.price_letter_black, "f")
        )

        price_letter_colour = (
            UNSET
            if isinstance(self.price_letter_colour, Unset)
            else format(self.price_letter_colour, "f")
        )

        price_letter_page_black = (
            UNSET
            if isinstance(self.price_letter_page_black, Unset)
            else format(self.price_letter_page_black, "f")
        )

        price_letter_page_colour = (
            UNSET
            if isinstance(self.price_letter_page_colour, Unset)
            else format(self.price_letter_page_colour, "f")
        )

        price_letter_large_surcharge = (
            UNSET
            if isinstance(self.price_letter_large_surcharge, Unset)
            else format(self.price_letter_large_surcharge, "f")
        )

        price_letter_large_surcharge_sheet = (
            UNSET
            if isinstance(self.price_letter_large_surcharge_sheet, Unset)
            else format(self.price_letter_large_surcharge_sheet, "f")
        )

        price_direct_mail_dl = (
            UNSET
            if isinstance(self.price_direct_mail_dl, Unset)
            else format(self.price_direct_mail_dl, "f")
        )

        price_direct_mail_a5 = (
            UNSET
            if isinstance(self.price_direct_mail_a5, Unset)
            else format(self.price_direct_mail_a5, "f")
        )

        direct_mail_min_quantity = (
            UNSET
            if isinstance(self.direct_mail_min_quantity, Unset)
            else self.direct_mail_min_quantity
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_letter_black is not UNSET:
            field_dict["price_letter_black"] = price_letter_black
        if price_letter_colour is not UNSET:
            field_dict["price_letter_colour"] = price_letter_colour
        if price_letter_page_black is not UNSET:
            field_dict["price_letter_page_black"] = price_letter_page_black
        if price_letter_page_colour is not UNSET:
            field_dict["price_letter_page_colour"] = price_letter_page_colour
        if price_letter_large_surcharge is not UNSET:
            field_dict["price_letter_large_surcharge"] = price_letter_large_surcharge
        if price_letter_large_surcharge_sheet is not UNSET:
            field_dict["price_letter_large_surcharge_sheet"] = price_letter_large_surcharge_sheet
        if price_direct_mail_dl is not UNSET:
            field_dict["price_direct_mail_dl"] = price_direct_mail_dl
        if price_direct_mail_a5 is not UNSET:
            field_dict["price_direct_mail_a5"] = price_direct_mail_a5
        if direct_mail_min_quantity is not UNSET:
            field_dict["direct_mail_min_quantity"] = direct_mail_min_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _price_letter_black = d.pop("price_letter_black", UNSET)
        price_letter_black = (
            UNSET
            if isinstance(_price_letter_black, Unset)
            else money(_price_letter_black, "PricingPost.price_letter_black")
        )

        _price_letter_colour = d.pop("price_letter_colour", UNSET)
        price_letter_colour = (
            UNSET
            if isinstance(_price_letter_colour, Unset)
            else money(_price_letter_colour, "PricingPost.price_letter_colour")
        )

        _price_letter_page_black = d.pop("price_letter_page_black", UNSET)
        price_letter_page_black = (
            UNSET
            if isinstance(_price_letter_page_black, Unset)
            else money(_price_letter_page_black, "PricingPost.price_letter_page_black")
        )

        _price_letter_page_colour = d.pop("price_letter_page_colour", UNSET)
        price_letter_page_colour = (
            UNSET
            if isinstance(_price_letter_page_colour, Unset)
            else money(_price_letter_page_colour, "PricingPost.price_letter_page_colour")
        )

        _price_letter_large_surcharge = d.pop("price_letter_large_surcharge", UNSET)
        price_letter_large_surcharge = (
            UNSET
            if isinstance(_price_letter_large_surcharge, Unset)
            else money(_price_letter_large_surcharge, "PricingPost.price_letter_large_surcharge")
        )

        _price_letter_large_surcharge_sheet = d.pop("price_letter_large_surcharge_sheet", UNSET)
        price_letter_large_surcharge_sheet = (
            UNSET
            if isinstance(_price_letter_large_surcharge_sheet, Unset)
            else money(
                _price_letter_large_surcharge_sheet,
                "PricingPost.price_letter_large_surcharge_sheet",
            )
        )

        _price_direct_mail_dl = d.pop("price_direct_mail_dl", UNSET)
        price_direct_mail_dl = (
            UNSET
            if isinstance(_price_direct_mail_dl, Unset)
            else money(_price_direct_mail_dl, "PricingPost.price_direct_mail_dl")
        )

        _price_direct_mail_a5 = d.pop("price_direct_mail_a5", UNSET)
        price_direct_mail_a5 = (
            UNSET
            if isinstance(_price_direct_mail_a5, Unset)
            else money(_price_direct_mail_a5, "PricingPost.price_direct_mail_a5")
        )

        _direct_mail_min_quantity = d.pop("direct_mail_min_quantity", UNSET)
        direct_mail_min_quantity = (
            UNSET
            if isinstance(_direct_mail_min_quantity, Unset)
            else integer(_direct_mail_min_quantity, "PricingPost.direct_mail_min_quantity")
        )

        pricing_post = cls(
            price_letter_black=price_letter_black,
            price_letter_colour=price_letter_colour,
            price_letter_page_black=price_letter_page_black,
            price_letter_page_colour=price_letter_page_colour,
            price_letter_large_surcharge=price_letter_large_surcharge,
            price_letter_large_surcharge_sheet=price_letter_large_surcharge_sheet,
            price_direct_mail_dl=price_direct_mail_dl,
            price_direct_mail_a5=price_direct_mail_a5,
            direct_mail_min_quantity=direct_mail_min_quantity,
        )

        pricing_post.additional_properties = d
        return pricing_post

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
