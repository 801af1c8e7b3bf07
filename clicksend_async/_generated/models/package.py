# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money
from ..types import UNSET, Unset

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """A recharge package. Every price is a Decimal: `package_price` comes as a decimal string
    like every amount, the per-unit prices as JSON numbers.

        Attributes:
            package_id (int):
            package_price (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            sms_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            sms_quantity (int | Unset):
            voice_mobile_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            voice_mobile_quantity (int | Unset):
            voice_landline_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            voice_landline_quantity (int | Unset):
            fax_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            fax_quantity (int | Unset):
            email_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            email_quantity (int | Unset):
            post_letter_black_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_letter_colour_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_page_black_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_page_colour_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_letter_black_quantity (int | Unset):
            post_letter_colour_quantity (int | Unset):
            post_direct_mail_dl_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_direct_mail_a5_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            post_direct_mail_min_quantity (int | Unset):
            postcard_price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            postcard_quantity (int | Unset):
    """

    package_id: int
    package_price: Decimal
    sms_price: Decimal | Unset = UNSET
    sms_quantity: int | Unset = UNSET
    voice_mobile_price: Decimal | Unset = UNSET
    voice_mobile_quantity: int | Unset = UNSET
    voice_landline_price: Decimal | Unset = UNSET
    voice_landline_quantity: int | Unset = UNSET
    fax_price: Decimal | Unset = UNSET
    fax_quantity: int | Unset = UNSET
    email_price: Decimal | Unset = UNSET
    email_quantity: int | Unset = UNSET
    post_letter_black_price: Decimal | Unset = UNSET
    post_letter_colour_price: Decimal | Unset = UNSET
    post_page_black_price: Decimal | Unset = UNSET
    post_page_colour_price: Decimal | Unset = UNSET
    post_letter_black_quantity: int | Unset = UNSET
    post_letter_colour_quantity: int | Unset = UNSET
    post_direct_mail_dl_price: Decimal | Unset = UNSET
    post_direct_mail_a5_price: Decimal | Unset = UNSET
    post_direct_mail_min_quantity: int | Unset = UNSET
    postcard_price: Decimal | Unset = UNSET
    postcard_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        package_price = format(self.package_price, "f")

        sms_price = UNSET if isinstance(self.sms_price, Unset) else format(self.sms_price, "f")

        sms_quantity = UNSET if isinstance(self.sms_quantity, Unset) else self.sms_quantity

        voice_mobile_price = (
            UNSET
            if isinstance(self.voice_mobile_price, Unset)
            else format(self.voice_mobile_price, "f")
        )

        voice_mobile_quantity = (
            UNSET if isinstance(self.voice_mobile_quantity, Unset) else self.voice_mobile_quantity
        )

        voice_landline_price = (
            UNSET
            if isinstance(self.voice_landline_price, Unset)
            else format(self.voice_landline_price, "f")
        )

        voice_landline_quantity = (
            UNSET
            if isinstance(self.voice_landline_quantity, Unset)
            else self.voice_landline_quantity
        )

        fax_price = UNSET if isinstance(self.fax_price, Unset) else format(self.fax_price, "f")

        fax_quantity = UNSET if isinstance(self.fax_quantity, Unset) else self.fax_quantity

        email_price = (
            UNSET if isinstance(self.email_price, Unset) else format(self.email_price, "f")
        )

        email_quantity = UNSET if isinstance(self.email_quantity, Unset) else self.email_quantity

        post_letter_black_price = (
            UNSET
            if isinstance(self.post_letter_black_price, Unset)
            else format(self.post_letter_black_price, "f")
        )

        post_letter_colour_price = (
            UNSET
            if isinstance(self.post_letter_colour_price, Unset)
            else format(self.post_letter_colour_price, "f")
        )

        post_page_black_price = (
            UNSET
            if isinstance(self.post_page_black_price, Unset)
            else format(self.post_page_black_price, "f")
        )

        post_page_colour_price = (
            UNSET
            if isinstance(self.post_page_colour_price, Unset)
            else format(self.post_page_colour_price, "f")
        )

        post_letter_black_quantity = (
            UNSET
            if isinstance(self.post_letter_black_quantity, Unset)
            else self.post_letter_black_quantity
        )

        post_letter_colour_quantity = (
            UNSET
            if isinstance(self.post_letter_colour_quantity, Unset)
            else self.post_letter_colour_quantity
        )

        post_direct_mail_dl_price = (
            UNSET
            if isinstance(self.post_direct_mail_dl_price, Unset)
            else format(self.post_direct_mail_dl_price, "f")
        )

        post_direct_mail_a5_price = (
            UNSET
            if isinstance(self.post_direct_mail_a5_price, Unset)
            else format(self.post_direct_mail_a5_price, "f")
        )

        post_direct_mail_min_quantity = (
            UNSET
            if isinstance(self.post_direct_mail_min_quantity, Unset)
            else self.post_direct_mail_min_quantity
        )

        postcard_price = (
            UNSET if isinstance(self.postcard_price, Unset) else format(self.postcard_price, "f")
        )

        postcard_quantity = (
            UNSET if isinstance(self.postcard_quantity, Unset) else self.postcard_quantity
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "package_price": package_price,
            }
        )
        if sms_price is not UNSET:
            field_dict["sms_price"] = sms_price
        if sms_quantity is not UNSET:
            field_dict["sms_quantity"] = sms_quantity
        if voice_mobile_price is not UNSET:
            field_dict["voice_mobile_price"] = voice_mobile_price
        if voice_mobile_quantity is not UNSET:
            field_dict["voice_mobile_quantity"] = voice_mobile_quantity
        if voice_landline_price is not UNSET:
            field_dict["voice_landline_price"] = voice_landline_price
        if voice_landline_quantity is not UNSET:
            field_dict["voice_landline_quantity"] = voice_landline_quantity
        if fax_price is not UNSET:
            field_dict["fax_price"] = fax_price
        if fax_quantity is not UNSET:
            field_dict["fax_quantity"] = fax_quantity
        if email_price is not UNSET:
            field_dict["email_price"] = email_price
        if email_quantity is not UNSET:
            field_dict["email_quantity"] = email_quantity
        if post_letter_black_price is not UNSET:
            field_dict["post_letter_black_price"] = post_letter_black_price
        if post_letter_colour_price is not UNSET:
            field_dict["post_letter_colour_price"] = post_letter_colour_price
        if post_page_black_price is not UNSET:
            field_dict["post_page_black_price"] = post_page_black_price
        if post_page_colour_price is not UNSET:
            field_dict["post_page_colour_price"] = post_page_colour_price
        if post_letter_black_quantity is not UNSET:
            field_dict["post_letter_black_quantity"] = post_letter_black_quantity
        if post_letter_colour_quantity is not UNSET:
            field_dict["post_letter_colour_quantity"] = post_letter_colour_quantity
        if post_direct_mail_dl_price is not UNSET:
            field_dict["post_direct_mail_dl_price"] = post_direct_mail_dl_price
        if post_direct_mail_a5_price is not UNSET:
            field_dict["post_direct_mail_a5_price"] = post_direct_mail_a5_price
        if post_direct_mail_min_quantity is not UNSET:
            field_dict["post_direct_mail_min_quantity"] = post_direct_mail_min_quantity
        if postcard_price is not UNSET:
            field_dict["postcard_price"] = postcard_price
        if postcard_quantity is not UNSET:
            field_dict["postcard_quantity"] = postcard_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = integer(d.pop("package_id"), "Package.package_id")

        package_price = money(d.pop("package_price"), "Package.package_price")

        _sms_price = d.pop("sms_price", UNSET)
        sms_price = (
            UNSET if isinstance(_sms_price, Unset) else money(_sms_price, "Package.sms_price")
        )

        _sms_quantity = d.pop("sms_quantity", UNSET)
        sms_quantity = (
            UNSET
            if isinstance(_sms_quantity, Unset)
            else integer(_sms_quantity, "Package.sms_quantity")
        )

        _voice_mobile_price = d.pop("voice_mobile_price", UNSET)
        voice_mobile_price = (
            UNSET
            if isinstance(_voice_mobile_price, Unset)
            else money(_voice_mobile_price, "Package.voice_mobile_price")
        )

        _voice_mobile_quantity = d.pop("voice_mobile_quantity", UNSET)
        voice_mobile_quantity = (
            UNSET
            if isinstance(_voice_mobile_quantity, Unset)
            else integer(_voice_mobile_quantity, "Package.voice_mobile_quantity")
        )

        _voice_landline_price = d.pop("voice_landline_price", UNSET)
        voice_landline_price = (
            UNSET
            if isinstance(_voice_landline_price, Unset)
            else money(_voice_landline_price, "Package.voice_landline_price")
        )

        _voice_landline_quantity = d.pop("voice_landline_quantity", UNSET)
        voice_landline_quantity = (
            UNSET
            if isinstance(_voice_landline_quantity, Unset)
            else integer(_voice_landline_quantity, "Package.voice_landline_quantity")
        )

        _fax_price = d.pop("fax_price", UNSET)
        fax_price = (
            UNSET if isinstance(_fax_price, Unset) else money(_fax_price, "Package.fax_price")
        )

        _fax_quantity = d.pop("fax_quantity", UNSET)
        fax_quantity = (
            UNSET
            if isinstance(_fax_quantity, Unset)
            else integer(_fax_quantity, "Package.fax_quantity")
        )

        _email_price = d.pop("email_price", UNSET)
        email_price = (
            UNSET if isinstance(_email_price, Unset) else money(_email_price, "Package.email_price")
        )

        _email_quantity = d.pop("email_quantity", UNSET)
        email_quantity = (
            UNSET
            if isinstance(_email_quantity, Unset)
            else integer(_email_quantity, "Package.email_quantity")
        )

        _post_letter_black_price = d.pop("post_letter_black_price", UNSET)
        post_letter_black_price = (
            UNSET
            if isinstance(_post_letter_black_price, Unset)
            else money(_post_letter_black_price, "Package.post_letter_black_price")
        )

        _post_letter_colour_price = d.pop("post_letter_colour_price", UNSET)
        post_letter_colour_price = (
            UNSET
            if isinstance(_post_letter_colour_price, Unset)
            else money(_post_letter_colour_price, "Package.post_letter_colour_price")
        )

        _post_page_black_price = d.pop("post_page_black_price", UNSET)
        post_page_black_price = (
            UNSET
            if isinstance(_post_page_black_price, Unset)
            else money(_post_page_black_price, "Package.post_page_black_price")
        )

        _post_page_colour_price = d.pop("post_page_colour_price", UNSET)
        post_page_colour_price = (
            UNSET
            if isinstance(_post_page_colour_price, Unset)
            else money(_post_page_colour_price, "Package.post_page_colour_price")
        )

        _post_letter_black_quantity = d.pop("post_letter_black_quantity", UNSET)
        post_letter_black_quantity = (
            UNSET
            if isinstance(_post_letter_black_quantity, Unset)
            else integer(_post_letter_black_quantity, "Package.post_letter_black_quantity")
        )

        _post_letter_colour_quantity = d.pop("post_letter_colour_quantity", UNSET)
        post_letter_colour_quantity = (
            UNSET
            if isinstance(_post_letter_colour_quantity, Unset)
            else integer(_post_letter_colour_quantity, "Package.post_letter_colour_quantity")
        )

        _post_direct_mail_dl_price = d.pop("post_direct_mail_dl_price", UNSET)
        post_direct_mail_dl_price = (
            UNSET
            if isinstance(_post_direct_mail_dl_price, Unset)
            else money(_post_direct_mail_dl_price, "Package.post_direct_mail_dl_price")
        )

        _post_direct_mail_a5_price = d.pop("post_direct_mail_a5_price", UNSET)
        post_direct_mail_a5_price = (
            UNSET
            if isinstance(_post_direct_mail_a5_price, Unset)
            else money(_post_direct_mail_a5_price, "Package.post_direct_mail_a5_price")
        )

        _post_direct_mail_min_quantity = d.pop("post_direct_mail_min_quantity", UNSET)
        post_direct_mail_min_quantity = (
            UNSET
            if isinstance(_post_direct_mail_min_quantity, Unset)
            else integer(_post_direct_mail_min_quantity, "Package.post_direct_mail_min_quantity")
        )

        _postcard_price = d.pop("postcard_price", UNSET)
        postcard_price = (
            UNSET
            if isinstance(_postcard_price, Unset)
            else money(_postcard_price, "Package.postcard_price")
        )

        _postcard_quantity = d.pop("postcard_quantity", UNSET)
        postcard_quantity = (
            UNSET
            if isinstance(_postcard_quantity, Unset)
            else integer(_postcard_quantity, "Package.postcard_quantity")
        )

        package = cls(
            package_id=package_id,
            package_price=package_price,
            sms_price=sms_price,
            sms_quantity=sms_quantity,
            voice_mobile_price=voice_mobile_price,
            voice_mobile_quantity=voice_mobile_quantity,
            voice_landline_price=voice_landline_price,
            voice_landline_quantity=voice_landline_quantity,
            fax_price=fax_price,
            fax_quantity=fax_quantity,
            email_price=email_price,
            email_quantity=email_quantity,
            post_letter_black_price=post_letter_black_price,
            post_letter_colour_price=post_letter_colour_price,
            post_page_black_price=post_page_black_price,
            post_page_colour_price=post_page_colour_price,
            post_letter_black_quantity=post_letter_black_quantity,
            post_letter_colour_quantity=post_letter_colour_quantity,
            post_direct_mail_dl_price=post_direct_mail_dl_price,
            post_direct_mail_a5_price=post_direct_mail_a5_price,
            post_direct_mail_min_quantity=post_direct_mail_min_quantity,
            postcard_price=postcard_price,
            postcard_quantity=postcard_quantity,
        )

        package.additional_properties = d
        return package

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
