# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    """An uploaded, converted file.

    Attributes:
        url (str): URL of the converted file, to give to the matching send call (file_url, media file).
        upload_id (int | Unset):
        user_id (int | Unset):
        file_name (str | Unset): Name ClickSend gave the converted file.
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        date_delete (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    url: str
    upload_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    file_name: str | Unset = UNSET
    date_added: int | Unset = UNSET
    date_delete: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        upload_id = UNSET if isinstance(self.upload_id, Unset) else self.upload_id

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        file_name = self.file_name

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        date_delete = UNSET if isinstance(self.date_delete, Unset) else self.date_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_url": url,
            }
        )
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("_url")

        _upload_id = d.pop("upload_id", UNSET)
        upload_id = (
            UNSET if isinstance(_upload_id, Unset) else integer(_upload_id, "Upload.upload_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = UNSET if isinstance(_user_id, Unset) else integer(_user_id, "Upload.user_id")

        file_name = d.pop("file_name", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET if isinstance(_date_added, Unset) else unix_time(_date_added, "Upload.date_added")
        )

        _date_delete = d.pop("date_delete", UNSET)
        date_delete = (
            UNSET
            if isinstance(_date_delete, Unset)
            else unix_time(_date_delete, "Upload.date_delete")
        )

        upload = cls(
            url=url,
            upload_id=upload_id,
            user_id=user_id,
            file_name=file_name,
            date_added=date_added,
            date_delete=date_delete,
        )

        upload.additional_properties = d
        return upload

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
