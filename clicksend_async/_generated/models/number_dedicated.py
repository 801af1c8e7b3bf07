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
    from ..models.number_status import NumberStatus


T = TypeVar("T", bound="NumberDedicated")


@_attrs_define
class NumberDedicated:
    """A dedicated number of the account.

    Attributes:
        dedicated_number (str): The number in E.164 format.
        country (str | Unset): Two-letter ISO country code.
        price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        country_name (str | Unset): Name of the country.
        notes (None | str | Unset): Your notes on the number.
        type_ (None | str | Unset): What the number is for: sms or mms.
        number_type (None | str | Unset): e.g. longcode, tollfree, shortcode, 10DLC.
        number_category (None | str | Unset):
        number_guid (None | str | Unset): The number's UUID.
        form_submission_id (None | str | Unset):
        status (NumberStatus | Unset): Where a number stands with registration (newer answers only).
    """

    dedicated_number: str
    country: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    country_name: str | Unset = UNSET
    notes: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    number_type: None | str | Unset = UNSET
    number_category: None | str | Unset = UNSET
    number_guid: None | str | Unset = UNSET
    form_submission_id: None | str | Unset = UNSET
    status: NumberStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        country = self.country

        price = UNSET if isinstance(self.price, Unset) else format(self.price, "f")

        country_name = self.country_name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        number_type: None | str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        number_category: None | str | Unset
        if isinstance(self.number_category, Unset):
            number_category = UNSET
        else:
            number_category = self.number_category

        number_guid: None | str | Unset
        if isinstance(self.number_guid, Unset):
            number_guid = UNSET
        else:
            number_guid = self.number_guid

        form_submission_id: None | str | Unset
        if isinstance(self.form_submission_id, Unset):
            form_submission_id = UNSET
        else:
            form_submission_id = self.form_submission_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if price is not UNSET:
            field_dict["price"] = price
        if country_name is not UNSET:
            field_dict["_country_name"] = country_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if number_category is not UNSET:
            field_dict["number_category"] = number_category
        if number_guid is not UNSET:
            field_dict["number_guid"] = number_guid
        if form_submission_id is not UNSET:
            field_dict["form_submission_id"] = form_submission_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_status import NumberStatus  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        country = d.pop("country", UNSET)

        _price = d.pop("price", UNSET)
        price = UNSET if isinstance(_price, Unset) else money(_price, "NumberDedicated.price")

        country_name = d.pop("_country_name", UNSET)

        notes = cast(None | str | Unset, d.pop("notes", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        number_type = cast(None | str | Unset, d.pop("number_type", UNSET))

        number_category = cast(None | str | Unset, d.pop("number_category", UNSET))

        number_guid = cast(None | str | Unset, d.pop("number_guid", UNSET))

        form_submission_id = cast(None | str | Unset, d.pop("form_submission_id", UNSET))

        _status = d.pop("status", UNSET)
        status: NumberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NumberStatus.from_dict(_status)

        number_dedicated = cls(
            dedicated_number=dedicated_number,
            country=country,
            price=price,
            country_name=country_name,
            notes=notes,
            type_=type_,
            number_type=number_type,
            number_category=number_category,
            number_guid=number_guid,
            form_submission_id=form_submission_id,
            status=status,
        )

        number_dedicated.additional_properties = d
        return number_dedicated

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
