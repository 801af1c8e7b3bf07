# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import optional_unix_time_in, unix_time
from ..models.direct_mail_campaign_request_size import DirectMailCampaignRequestSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_mail_area import DirectMailArea


T = TypeVar("T", bound="DirectMailCampaignRequest")


@_attrs_define
class DirectMailCampaignRequest:
    """The body of `send` and of `price` of direct mail.

    Attributes:
        name (str): Name of the campaign.
        size (DirectMailCampaignRequestSize | Literal['A5', 'DL']): Size of the leaflet, A5 or DL.
        file_urls (list[str]): The leaflet, one PDF with two pages (front and back) or two PDFs.
        areas (list[DirectMailArea] | Unset): The areas to deliver to, with the quantity for each.
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        source (str | Unset): Your method of sending, e.g. wordpress, php.
        custom_string (str | Unset): Your own reference.
    """

    name: str
    size: DirectMailCampaignRequestSize | Literal["A5", "DL"]
    file_urls: list[str]
    areas: list[DirectMailArea] | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    source: str | Unset = UNSET
    custom_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = DirectMailCampaignRequestSize(self.size).value

        file_urls = self.file_urls

        areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = []
            for areas_item_data in self.areas:
                areas_item = areas_item_data.to_dict()
                areas.append(areas_item)

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        source = self.source

        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "size": size,
                "file_urls": file_urls,
            }
        )
        if areas is not UNSET:
            field_dict["areas"] = areas
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if source is not UNSET:
            field_dict["source"] = source
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_mail_area import DirectMailArea  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        size = DirectMailCampaignRequestSize(d.pop("size"))

        file_urls = cast(list[str], d.pop("file_urls"))

        _areas = d.pop("areas", UNSET)
        areas: list[DirectMailArea] | Unset = UNSET
        if _areas is not UNSET:
            areas = []
            for areas_item_data in _areas:
                areas_item = DirectMailArea.from_dict(areas_item_data)

                areas.append(areas_item)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "DirectMailCampaignRequest.schedule")
        )

        source = d.pop("source", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        direct_mail_campaign_request = cls(
            name=name,
            size=size,
            file_urls=file_urls,
            areas=areas,
            schedule=schedule,
            source=source,
            custom_string=custom_string,
        )

        return direct_mail_campaign_request
