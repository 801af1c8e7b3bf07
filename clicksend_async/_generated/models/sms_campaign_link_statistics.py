# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign_link_count import SmsCampaignLinkCount
    from ..models.sms_campaign_link_opens import SmsCampaignLinkOpens


T = TypeVar("T", bound="SmsCampaignLinkStatistics")


@_attrs_define
class SmsCampaignLinkStatistics:
    """The opens of a campaign's tracked link.

    Attributes:
        links (SmsCampaignLinkOpens | Unset):
        browser (list[SmsCampaignLinkCount] | Unset):
        country (list[SmsCampaignLinkCount] | Unset):
        device (list[SmsCampaignLinkCount] | Unset):
        os (list[SmsCampaignLinkCount] | Unset):
    """

    links: SmsCampaignLinkOpens | Unset = UNSET
    browser: list[SmsCampaignLinkCount] | Unset = UNSET
    country: list[SmsCampaignLinkCount] | Unset = UNSET
    device: list[SmsCampaignLinkCount] | Unset = UNSET
    os: list[SmsCampaignLinkCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        browser: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.browser, Unset):
            browser = []
            for browser_item_data in self.browser:
                browser_item = browser_item_data.to_dict()
                browser.append(browser_item)

        country: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = []
            for country_item_data in self.country:
                country_item = country_item_data.to_dict()
                country.append(country_item)

        device: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = []
            for device_item_data in self.device:
                device_item = device_item_data.to_dict()
                device.append(device_item)

        os: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = []
            for os_item_data in self.os:
                os_item = os_item_data.to_dict()
                os.append(os_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if browser is not UNSET:
            field_dict["browser"] = browser
        if country is not UNSET:
            field_dict["country"] = country
        if device is not UNSET:
            field_dict["device"] = device
        if os is not UNSET:
            field_dict["os"] = os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_campaign_link_count import SmsCampaignLinkCount  # noqa: PLC0415
        from ..models.sms_campaign_link_opens import SmsCampaignLinkOpens  # noqa: PLC0415

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: SmsCampaignLinkOpens | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SmsCampaignLinkOpens.from_dict(_links)

        _browser = d.pop("browser", UNSET)
        browser: list[SmsCampaignLinkCount] | Unset = UNSET
        if _browser is not UNSET:
            browser = []
            for browser_item_data in _browser:
                browser_item = SmsCampaignLinkCount.from_dict(browser_item_data)

                browser.append(browser_item)

        _country = d.pop("country", UNSET)
        country: list[SmsCampaignLinkCount] | Unset = UNSET
        if _country is not UNSET:
            country = []
            for country_item_data in _country:
                country_item = SmsCampaignLinkCount.from_dict(country_item_data)

                country.append(country_item)

        _device = d.pop("device", UNSET)
        device: list[SmsCampaignLinkCount] | Unset = UNSET
        if _device is not UNSET:
            device = []
            for device_item_data in _device:
                device_item = SmsCampaignLinkCount.from_dict(device_item_data)

                device.append(device_item)

        _os = d.pop("os", UNSET)
        os: list[SmsCampaignLinkCount] | Unset = UNSET
        if _os is not UNSET:
            os = []
            for os_item_data in _os:
                os_item = SmsCampaignLinkCount.from_dict(os_item_data)

                os.append(os_item)

        sms_campaign_link_statistics = cls(
            links=links,
            browser=browser,
            country=country,
            device=device,
            os=os,
        )

        sms_campaign_link_statistics.additional_properties = d
        return sms_campaign_link_statistics

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
