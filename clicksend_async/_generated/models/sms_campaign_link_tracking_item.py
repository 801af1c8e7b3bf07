# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign_link_contact import SmsCampaignLinkContact


T = TypeVar("T", bound="SmsCampaignLinkTrackingItem")


@_attrs_define
class SmsCampaignLinkTrackingItem:
    """One recipient of a campaign and the opens of its tracked link.

    Attributes:
        contact (SmsCampaignLinkContact | Unset): The contact a tracked link was sent to.
        open_count (int | Unset): A whole number (int), e.g. 201 or "201".
        date_opened (int | None | Unset):
        user_browser (None | str | Unset):
        user_device (None | str | Unset):
        user_os (None | str | Unset):
        user_geo_country (None | str | Unset):
        user_geo_region (None | str | Unset):
    """

    contact: SmsCampaignLinkContact | Unset = UNSET
    open_count: int | Unset = UNSET
    date_opened: int | None | Unset = UNSET
    user_browser: None | str | Unset = UNSET
    user_device: None | str | Unset = UNSET
    user_os: None | str | Unset = UNSET
    user_geo_country: None | str | Unset = UNSET
    user_geo_region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        open_count = UNSET if isinstance(self.open_count, Unset) else self.open_count

        date_opened = (
            UNSET
            if isinstance(self.date_opened, Unset)
            else None
            if self.date_opened is None
            else self.date_opened
        )

        user_browser: None | str | Unset
        if isinstance(self.user_browser, Unset):
            user_browser = UNSET
        else:
            user_browser = self.user_browser

        user_device: None | str | Unset
        if isinstance(self.user_device, Unset):
            user_device = UNSET
        else:
            user_device = self.user_device

        user_os: None | str | Unset
        if isinstance(self.user_os, Unset):
            user_os = UNSET
        else:
            user_os = self.user_os

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact is not UNSET:
            field_dict["contact"] = contact
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if date_opened is not UNSET:
            field_dict["date_opened"] = date_opened
        if user_browser is not UNSET:
            field_dict["user_browser"] = user_browser
        if user_device is not UNSET:
            field_dict["user_device"] = user_device
        if user_os is not UNSET:
            field_dict["user_os"] = user_os
        if user_geo_country is not UNSET:
            field_dict["user_geo_country"] = user_geo_country
        if user_geo_region is not UNSET:
            field_dict["user_geo_region"] = user_geo_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_campaign_link_contact import SmsCampaignLinkContact  # noqa: PLC0415

        d = dict(src_dict)
        _contact = d.pop("contact", UNSET)
        contact: SmsCampaignLinkContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = SmsCampaignLinkContact.from_dict(_contact)

        _open_count = d.pop("open_count", UNSET)
        open_count = (
            UNSET
            if isinstance(_open_count, Unset)
            else integer(_open_count, "SmsCampaignLinkTrackingItem.open_count")
        )

        _date_opened = d.pop("date_opened", UNSET)
        date_opened = (
            UNSET
            if isinstance(_date_opened, Unset)
            else nullable_unix_time(_date_opened, "SmsCampaignLinkTrackingItem.date_opened")
        )

        user_browser = cast(None | str | Unset, d.pop("user_browser", UNSET))

        user_device = cast(None | str | Unset, d.pop("user_device", UNSET))

        user_os = cast(None | str | Unset, d.pop("user_os", UNSET))

        user_geo_country = cast(None | str | Unset, d.pop("user_geo_country", UNSET))

        user_geo_region = cast(None | str | Unset, d.pop("user_geo_region", UNSET))

        sms_campaign_link_tracking_item = cls(
            contact=contact,
            open_count=open_count,
            date_opened=date_opened,
            user_browser=user_browser,
            user_device=user_device,
            user_os=user_os,
            user_geo_country=user_geo_country,
            user_geo_region=user_geo_region,
        )

        sms_campaign_link_tracking_item.additional_properties = d
        return sms_campaign_link_tracking_item

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
