# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_master_template_thumbnail import EmailMasterTemplateThumbnail


T = TypeVar("T", bound="EmailMasterTemplate")


@_attrs_define
class EmailMasterTemplate:
    """One of ClickSend's master email templates.

    Attributes:
        template_id_master (int):
        template_name (str):
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        category_id (int | Unset):
        body (str | Unset):
        thumbnail (EmailMasterTemplateThumbnail | Unset): Preview images of a master template.
    """

    template_id_master: int
    template_name: str
    date_added: int | Unset = UNSET
    category_id: int | Unset = UNSET
    body: str | Unset = UNSET
    thumbnail: EmailMasterTemplateThumbnail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id_master = self.template_id_master

        template_name = self.template_name

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        category_id = UNSET if isinstance(self.category_id, Unset) else self.category_id

        body = self.body

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id_master": template_id_master,
                "template_name": template_name,
            }
        )
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if body is not UNSET:
            field_dict["body"] = body
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_master_template_thumbnail import EmailMasterTemplateThumbnail  # noqa: PLC0415

        d = dict(src_dict)
        template_id_master = integer(
            d.pop("template_id_master"), "EmailMasterTemplate.template_id_master"
        )

        template_name = d.pop("template_name")

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "EmailMasterTemplate.date_added")
        )

        _category_id = d.pop("category_id", UNSET)
        category_id = (
            UNSET
            if isinstance(_category_id, Unset)
            else integer(_category_id, "EmailMasterTemplate.category_id")
        )

        body = d.pop("body", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: EmailMasterTemplateThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = EmailMasterTemplateThumbnail.from_dict(_thumbnail)

        email_master_template = cls(
            template_id_master=template_id_master,
            template_name=template_name,
            date_added=date_added,
            category_id=category_id,
            body=body,
            thumbnail=thumbnail,
        )

        email_master_template.additional_properties = d
        return email_master_template

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
