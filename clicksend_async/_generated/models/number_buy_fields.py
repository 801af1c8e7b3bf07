# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.number_buy_fields_type import NumberBuyFieldsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_registration_data import NumberRegistrationData


T = TypeVar("T", bound="NumberBuyFields")


@_attrs_define
class NumberBuyFields:
    """What a number purchase sends.

    Attributes:
        type_ (NumberBuyFieldsType | Literal['sms', 'mms']): What the number is for: sms or mms.
        registration_data (NumberRegistrationData | Unset): Business details some countries require with a number
            purchase.
    """

    type_: NumberBuyFieldsType | Literal["sms", "mms"]
    registration_data: NumberRegistrationData | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = NumberBuyFieldsType(self.type_).value

        registration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_data, Unset):
            registration_data = self.registration_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if registration_data is not UNSET:
            field_dict["registration_data"] = registration_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_registration_data import NumberRegistrationData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = NumberBuyFieldsType(d.pop("type"))

        _registration_data = d.pop("registration_data", UNSET)
        registration_data: NumberRegistrationData | Unset
        if isinstance(_registration_data, Unset):
            registration_data = UNSET
        else:
            registration_data = NumberRegistrationData.from_dict(_registration_data)

        number_buy_fields = cls(
            type_=type_,
            registration_data=registration_data,
        )

        return number_buy_fields
