# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectMailLocation")


@_attrs_define
class DirectMailLocation:
    """An area direct mail can be delivered to.

    Attributes:
        location_id (int): A whole number (int), e.g. 201 or "201".
        country_code (str | Unset):
        postal_code (str | Unset):
        place_name (str | Unset):
        admin_name1 (None | str | Unset):
        admin_name2 (None | str | Unset):
        admin_name3 (None | str | Unset):
        admin_code1 (None | str | Unset):
        admin_code2 (None | str | Unset):
        admin_code3 (None | str | Unset):
        latitude (None | str | Unset):
        longitude (None | str | Unset):
        accuracy (int | Unset): A whole number (int), e.g. 201 or "201".
    """

    location_id: int
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    place_name: str | Unset = UNSET
    admin_name1: None | str | Unset = UNSET
    admin_name2: None | str | Unset = UNSET
    admin_name3: None | str | Unset = UNSET
    admin_code1: None | str | Unset = UNSET
    admin_code2: None | str | Unset = UNSET
    admin_code3: None | str | Unset = UNSET
    latitude: None | str | Unset = UNSET
    longitude: None | str | Unset = UNSET
    accuracy: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        country_code = self.country_code

        postal_code = self.postal_code

        place_name = self.place_name

        admin_name1: None | str | Unset
        if isinstance(self.admin_name1, Unset):
            admin_name1 = UNSET
        else:
            admin_name1 = self.admin_name1

        admin_name2: None | str | Unset
        if isinstance(self.admin_name2, Unset):
            admin_name2 = UNSET
        else:
            admin_name2 = self.admin_name2

        admin_name3: None | str | Unset
        if isinstance(self.admin_name3, Unset):
            admin_name3 = UNSET
        else:
            admin_name3 = self.admin_name3

        admin_code1: None | str | Unset
        if isinstance(self.admin_code1, Unset):
            admin_code1 = UNSET
        else:
            admin_code1 = self.admin_code1

        admin_code2: None | str | Unset
        if isinstance(self.admin_code2, Unset):
            admin_code2 = UNSET
        else:
            admin_code2 = self.admin_code2

        admin_code3: None | str | Unset
        if isinstance(self.admin_code3, Unset):
            admin_code3 = UNSET
        else:
            admin_code3 = self.admin_code3

        latitude: None | str | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: None | str | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        accuracy = UNSET if isinstance(self.accuracy, Unset) else self.accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_id": location_id,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if place_name is not UNSET:
            field_dict["place_name"] = place_name
        if admin_name1 is not UNSET:
            field_dict["admin_name1"] = admin_name1
        if admin_name2 is not UNSET:
            field_dict["admin_name2"] = admin_name2
        if admin_name3 is not UNSET:
            field_dict["admin_name3"] = admin_name3
        if admin_code1 is not UNSET:
            field_dict["admin_code1"] = admin_code1
        if admin_code2 is not UNSET:
            field_dict["admin_code2"] = admin_code2
        if admin_code3 is not UNSET:
            field_dict["admin_code3"] = admin_code3
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location_id = integer(d.pop("location_id"), "DirectMailLocation.location_id")

        country_code = d.pop("country_code", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        place_name = d.pop("place_name", UNSET)

        admin_name1 = cast(None | str | Unset, d.pop("admin_name1", UNSET))

        admin_name2 = cast(None | str | Unset, d.pop("admin_name2", UNSET))

        admin_name3 = cast(None | str | Unset, d.pop("admin_name3", UNSET))

        admin_code1 = cast(None | str | Unset, d.pop("admin_code1", UNSET))

        admin_code2 = cast(None | str | Unset, d.pop("admin_code2", UNSET))

        admin_code3 = cast(None | str | Unset, d.pop("admin_code3", UNSET))

        latitude = cast(None | str | Unset, d.pop("latitude", UNSET))

        longitude = cast(None | str | Unset, d.pop("longitude", UNSET))

        _accuracy = d.pop("accuracy", UNSET)
        accuracy = (
            UNSET
            if isinstance(_accuracy, Unset)
            else integer(_accuracy, "DirectMailLocation.accuracy")
        )

        direct_mail_location = cls(
            location_id=location_id,
            country_code=country_code,
            postal_code=postal_code,
            place_name=place_name,
            admin_name1=admin_name1,
            admin_name2=admin_name2,
            admin_name3=admin_name3,
            admin_code1=admin_code1,
            admin_code2=admin_code2,
            admin_code3=admin_code3,
            latitude=latitude,
            longitude=longitude,
            accuracy=accuracy,
        )

        direct_mail_location.additional_properties = d
        return direct_mail_location

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
