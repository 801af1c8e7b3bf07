# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, nullable_integer, nullable_unix_time, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_mail_campaign_area import DirectMailCampaignArea


T = TypeVar("T", bound="DirectMailCampaign")


@_attrs_define
class DirectMailCampaign:
    """A direct mail campaign.

    Attributes:
        campaign_id (int | None | Unset):
        name (str | Unset):
        user_id (int | Unset): A whole number (int), e.g. 201 or "201".
        message_id (None | str | Unset):
        file_name (str | Unset):
        size (str | Unset):
        source (None | str | Unset):
        schedule (int | None | Unset):
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        status (None | str | Unset): e.g. Queued, Scheduled; null before pricing.
        custom_string (None | str | Unset):
        areas (list[DirectMailCampaignArea] | Unset):
        total_quantity (int | Unset): A whole number (int), e.g. 201 or "201".
    """

    campaign_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    message_id: None | str | Unset = UNSET
    file_name: str | Unset = UNSET
    size: str | Unset = UNSET
    source: None | str | Unset = UNSET
    schedule: int | None | Unset = UNSET
    date_added: int | Unset = UNSET
    status: None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    areas: list[DirectMailCampaignArea] | Unset = UNSET
    total_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = (
            UNSET
            if isinstance(self.campaign_id, Unset)
            else None
            if self.campaign_id is None
            else self.campaign_id
        )

        name = self.name

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        file_name = self.file_name

        size = self.size

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        schedule = (
            UNSET
            if isinstance(self.schedule, Unset)
            else None
            if self.schedule is None
            else self.schedule
        )

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = []
            for areas_item_data in self.areas:
                areas_item = areas_item_data.to_dict()
                areas.append(areas_item)

        total_quantity = UNSET if isinstance(self.total_quantity, Unset) else self.total_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if size is not UNSET:
            field_dict["size"] = size
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if status is not UNSET:
            field_dict["status"] = status
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if areas is not UNSET:
            field_dict["_areas"] = areas
        if total_quantity is not UNSET:
            field_dict["_total_quantity"] = total_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_mail_campaign_area import DirectMailCampaignArea  # noqa: PLC0415

        d = dict(src_dict)
        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id = (
            UNSET
            if isinstance(_campaign_id, Unset)
            else nullable_integer(_campaign_id, "DirectMailCampaign.campaign_id")
        )

        name = d.pop("name", UNSET)

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET
            if isinstance(_user_id, Unset)
            else integer(_user_id, "DirectMailCampaign.user_id")
        )

        message_id = cast(None | str | Unset, d.pop("message_id", UNSET))

        file_name = d.pop("file_name", UNSET)

        size = d.pop("size", UNSET)

        source = cast(None | str | Unset, d.pop("source", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else nullable_unix_time(_schedule, "DirectMailCampaign.schedule")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "DirectMailCampaign.date_added")
        )

        status = cast(None | str | Unset, d.pop("status", UNSET))

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _areas = d.pop("_areas", UNSET)
        areas: list[DirectMailCampaignArea] | Unset = UNSET
        if _areas is not UNSET:
            areas = []
            for areas_item_data in _areas:
                areas_item = DirectMailCampaignArea.from_dict(areas_item_data)

                areas.append(areas_item)

        _total_quantity = d.pop("_total_quantity", UNSET)
        total_quantity = (
            UNSET
            if isinstance(_total_quantity, Unset)
            else integer(_total_quantity, "DirectMailCampaign.total_quantity")
        )

        direct_mail_campaign = cls(
            campaign_id=campaign_id,
            name=name,
            user_id=user_id,
            message_id=message_id,
            file_name=file_name,
            size=size,
            source=source,
            schedule=schedule,
            date_added=date_added,
            status=status,
            custom_string=custom_string,
            areas=areas,
            total_quantity=total_quantity,
        )

        direct_mail_campaign.additional_properties = d
        return direct_mail_campaign

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
