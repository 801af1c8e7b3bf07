# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_url_contact import ShortUrlContact


T = TypeVar("T", bound="ShortUrlOpen")


@_attrs_define
class ShortUrlOpen:
    """Opens of one short link.

    Attributes:
        open_count (int | Unset): Times it was opened.
        date_opened (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        user_geo_country (None | str | Unset):
        user_geo_region (None | str | Unset):
        user_device (None | str | Unset):
        user_browser (None | str | Unset):
        user_os (None | str | Unset):
        contact (ShortUrlContact | Unset): The contact a short link was sent to.
    """

    open_count: int | Unset = UNSET
    date_opened: int | Unset = UNSET
    user_geo_country: None | str | Unset = UNSET
    user_geo_region: None | str | Unset = UNSET
    user_device: None | str | Unset = UNSET
    user_browser: None | str | Unset = UNSET
    user_os: None | str | Unset = UNSET
    contact: ShortUrlContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_count = UNSET if isinstance(self.open_count, Unset) else self.open_count

        date_opened = UNSET if isinstance(self.date_opened, Unset) else self.date_opened

        user_geo_country: None | str | Unset
        if isinstance(self.user_geo_country, Unset):
            user_geo_country = UNSET
        else:
            user_geo_country = self.user_geo_country

        user_geo_region: None | str | Unset
        if isinstance(self.user_geo_region, Unset):
            user_geo_region = UNSET
        else:
            user_geo_region = self.user_geo_region

        user_device: None | str | Unset
        if isinstance(self.user_device, Unset):
            user_device = UNSET
        else:
            user_device = self.user_device

        user_browser: None | str | Unset
        if isinstance(self.user_browser, Unset):
            user_browser = UNSET
        else:
            user_browser = self.user_browser

        user_os: None | str | Unset
        if isinstance(self.user_os, Unset):
            user_os = UNSET
        else:
            user_os = self.user_os

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if date_opened is not UNSET:
            field_dict["date_opened"] = date_opened
        if user_geo_country is not UNSET:
            field_dict["user_geo_country"] = user_geo_country
        if user_geo_region is not UNSET:
            field_dict["user_geo_region"] = user_geo_region
        if user_device is not UNSET:
            field_dict["user_device"] = user_device
        if user_browser is not UNSET:
            field_dict["user_browser"] = user_browser
        if user_os is not UNSET:
            field_dict["user_os"] = user_os
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_url_contact import ShortUrlContact  # noqa: PLC0415

        d = dict(src_dict)
        _open_count = d.pop("open_count", UNSET)
        open_count = (
            UNSET
            if isinstance(_open_count, Unset)
            else integer(_open_count, "ShortUrlOpen.open_count")
        )

        _date_opened = d.pop("date_opened", UNSET)
        date_opened = (
            UNSET
            if isinstance(_date_opened, Unset)
            else unix_time(_date_opened, "ShortUrlOpen.date_opened")
        )

        user_geo_country = cast(None | str | Unset, d.pop("user_geo_country", UNSET))

        user_geo_region = cast(None | str | Unset, d.pop("user_geo_region", UNSET))

        user_device = cast(None | str | Unset, d.pop("user_device", UNSET))

        user_browser = cast(None | str | Unset, d.pop("user_browser", UNSET))

        user_os = cast(None | str | Unset, d.pop("user_os", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: ShortUrlContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ShortUrlContact.from_dict(_contact)

        short_url_open = cls(
            open_count=open_count,
            date_opened=date_opened,
            user_geo_country=user_geo_country,
            user_geo_region=user_geo_region,
            user_device=user_device,
            user_browser=user_browser,
            user_os=user_os,
            contact=contact,
        )

        short_url_open.additional_properties = d
        return short_url_open

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
