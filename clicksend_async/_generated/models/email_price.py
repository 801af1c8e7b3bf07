# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import money
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.email_addressee import EmailAddressee


T = TypeVar("T", bound="EmailPrice")


@_attrs_define
class EmailPrice:
    """What an email would cost, and the recipients, subject and body it was priced for.

    Attributes:
        price (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        to_array (list[EmailAddressee] | None | Unset):
        cc_array (list[EmailAddressee] | None | Unset):
        bcc_array (list[EmailAddressee] | None | Unset):
        subject (None | str | Unset):
        body (str | Unset):
        currency (Currency | Unset):
    """

    price: Decimal
    to_array: list[EmailAddressee] | None | Unset = UNSET
    cc_array: list[EmailAddressee] | None | Unset = UNSET
    bcc_array: list[EmailAddressee] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = format(self.price, "f")

        to_array: list[dict[str, Any]] | None | Unset
        if isinstance(self.to_array, Unset):
            to_array = UNSET
        elif isinstance(self.to_array, list):
            to_array = []
            for to_array_type_0_item_data in self.to_array:
                to_array_type_0_item = to_array_type_0_item_data.to_dict()
                to_array.append(to_array_type_0_item)

        else:
            to_array = self.to_array

        cc_array: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc_array, Unset):
            cc_array = UNSET
        elif isinstance(self.cc_array, list):
            cc_array = []
            for cc_array_type_0_item_data in self.cc_array:
                cc_array_type_0_item = cc_array_type_0_item_data.to_dict()
                cc_array.append(cc_array_type_0_item)

        else:
            cc_array = self.cc_array

        bcc_array: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc_array, Unset):
            bcc_array = UNSET
        elif isinstance(self.bcc_array, list):
            bcc_array = []
            for bcc_array_type_0_item_data in self.bcc_array:
                bcc_array_type_0_item = bcc_array_type_0_item_data.to_dict()
                bcc_array.append(bcc_array_type_0_item)

        else:
            bcc_array = self.bcc_array

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body = self.body

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if to_array is not UNSET:
            field_dict["to_array"] = to_array
        if cc_array is not UNSET:
            field_dict["cc_array"] = cc_array
        if bcc_array is not UNSET:
            field_dict["bcc_array"] = bcc_array
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.email_addressee import EmailAddressee  # noqa: PLC0415

        d = dict(src_dict)
        price = money(d.pop("price"), "EmailPrice.price")

        def _parse_to_array(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_array_type_0 = []
                _to_array_type_0 = data
                for to_array_type_0_item_data in _to_array_type_0:
                    to_array_type_0_item = EmailAddressee.from_dict(to_array_type_0_item_data)

                    to_array_type_0.append(to_array_type_0_item)

                return to_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        to_array = _parse_to_array(d.pop("to_array", UNSET))

        def _parse_cc_array(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_array_type_0 = []
                _cc_array_type_0 = data
                for cc_array_type_0_item_data in _cc_array_type_0:
                    cc_array_type_0_item = EmailAddressee.from_dict(cc_array_type_0_item_data)

                    cc_array_type_0.append(cc_array_type_0_item)

                return cc_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        cc_array = _parse_cc_array(d.pop("cc_array", UNSET))

        def _parse_bcc_array(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_array_type_0 = []
                _bcc_array_type_0 = data
                for bcc_array_type_0_item_data in _bcc_array_type_0:
                    bcc_array_type_0_item = EmailAddressee.from_dict(bcc_array_type_0_item_data)

                    bcc_array_type_0.append(bcc_array_type_0_item)

                return bcc_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        bcc_array = _parse_bcc_array(d.pop("bcc_array", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        body = d.pop("body", UNSET)

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        email_price = cls(
            price=price,
            to_array=to_array,
            cc_array=cc_array,
            bcc_array=bcc_array,
            subject=subject,
            body=body,
            currency=currency,
        )

        email_price.additional_properties = d
        return email_price

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
