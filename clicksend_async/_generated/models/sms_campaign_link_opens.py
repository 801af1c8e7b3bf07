# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignLinkOpens")


@_attrs_define
class SmsCampaignLinkOpens:
    """
    Attributes:
        opened (int | Unset): A whole number (int), e.g. 201 or "201".
        unopened (int | Unset): A whole number (int), e.g. 201 or "201".
    """

    opened: int | Unset = UNSET
    unopened: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opened = UNSET if isinstance(self.opened, Unset) else self.opened

        unopened = UNSET if isinstance(self.unopened, Unset) else self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opened is not UNSET:
            field_dict["opened"] = opened
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _opened = d.pop("opened", UNSET)
        opened = (
            UNSET if isinstance(_opened, Unset) else integer(_opened, "SmsCampaignLinkOpens.opened")
        )

        _unopened = d.pop("unopened", UNSET)
        unopened = (
            UNSET
            if isinstance(_unopened, Unset)
            else integer(_unopened, "SmsCampaignLinkOpens.unopened")
        )

        sms_campaign_link_opens = cls(
            opened=opened,
            unopened=unopened,
        )

        sms_campaign_link_opens.additional_properties = d
        return sms_campaign_link_opens

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
