# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_url_count import ShortUrlCount
    from ..models.short_url_link_counts import ShortUrlLinkCounts


T = TypeVar("T", bound="ShortUrlLinkStatistics")


@_attrs_define
class ShortUrlLinkStatistics:
    """The statistics of one long URL's short links.

    Attributes:
        long_url_id (str): What `tracking` takes.
        links (ShortUrlLinkCounts | Unset):
        device (list[ShortUrlCount] | Unset):
        os (list[ShortUrlCount] | Unset):
        browser (list[ShortUrlCount] | Unset):
        country (list[ShortUrlCount] | Unset):
        region (list[ShortUrlCount] | Unset):
    """

    long_url_id: str
    links: ShortUrlLinkCounts | Unset = UNSET
    device: list[ShortUrlCount] | Unset = UNSET
    os: list[ShortUrlCount] | Unset = UNSET
    browser: list[ShortUrlCount] | Unset = UNSET
    country: list[ShortUrlCount] | Unset = UNSET
    region: list[ShortUrlCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long_url_id = self.long_url_id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

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

        region: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = []
            for region_item_data in self.region:
                region_item = region_item_data.to_dict()
                region.append(region_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "long_url_id": long_url_id,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if device is not UNSET:
            field_dict["device"] = device
        if os is not UNSET:
            field_dict["os"] = os
        if browser is not UNSET:
            field_dict["browser"] = browser
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_url_count import ShortUrlCount  # noqa: PLC0415
        from ..models.short_url_link_counts import ShortUrlLinkCounts  # noqa: PLC0415

        d = dict(src_dict)
        long_url_id = d.pop("long_url_id")

        _links = d.pop("links", UNSET)
        links: ShortUrlLinkCounts | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ShortUrlLinkCounts.from_dict(_links)

        _device = d.pop("device", UNSET)
        device: list[ShortUrlCount] | Unset = UNSET
        if _device is not UNSET:
            device = []
            for device_item_data in _device:
                device_item = ShortUrlCount.from_dict(device_item_data)

                device.append(device_item)

        _os = d.pop("os", UNSET)
        os: list[ShortUrlCount] | Unset = UNSET
        if _os is not UNSET:
            os = []
            for os_item_data in _os:
                os_item = ShortUrlCount.from_dict(os_item_data)

                os.append(os_item)

        _browser = d.pop("browser", UNSET)
        browser: list[ShortUrlCount] | Unset = UNSET
        if _browser is not UNSET:
            browser = []
            for browser_item_data in _browser:
                browser_item = ShortUrlCount.from_dict(browser_item_data)

                browser.append(browser_item)

        _country = d.pop("country", UNSET)
        country: list[ShortUrlCount] | Unset = UNSET
        if _country is not UNSET:
            country = []
            for country_item_data in _country:
                country_item = ShortUrlCount.from_dict(country_item_data)

                country.append(country_item)

        _region = d.pop("region", UNSET)
        region: list[ShortUrlCount] | Unset = UNSET
        if _region is not UNSET:
            region = []
            for region_item_data in _region:
                region_item = ShortUrlCount.from_dict(region_item_data)

                region.append(region_item)

        short_url_link_statistics = cls(
            long_url_id=long_url_id,
            links=links,
            device=device,
            os=os,
            browser=browser,
            country=country,
            region=region,
        )

        short_url_link_statistics.additional_properties = d
        return short_url_link_statistics

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
