# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachmentInfo")


@_attrs_define
class EmailAttachmentInfo:
    """A file attached to an email, as ClickSend keeps it.

    Attributes:
        file_name (str | Unset):
        content_type (str | Unset):
        content_disposition (str | Unset):
        content_id (None | str | Unset):
        attachment_file_url (str | Unset): Where ClickSend keeps the file.
    """

    file_name: str | Unset = UNSET
    content_type: str | Unset = UNSET
    content_disposition: str | Unset = UNSET
    content_id: None | str | Unset = UNSET
    attachment_file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content_type = self.content_type

        content_disposition = self.content_disposition

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        attachment_file_url = self.attachment_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if attachment_file_url is not UNSET:
            field_dict["_attachment_file_url"] = attachment_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name", UNSET)

        content_type = d.pop("content_type", UNSET)

        content_disposition = d.pop("content_disposition", UNSET)

        content_id = cast(None | str | Unset, d.pop("content_id", UNSET))

        attachment_file_url = d.pop("_attachment_file_url", UNSET)

        email_attachment_info = cls(
            file_name=file_name,
            content_type=content_type,
            content_disposition=content_disposition,
            content_id=content_id,
            attachment_file_url=attachment_file_url,
        )

        email_attachment_info.additional_properties = d
        return email_attachment_info

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
