# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateImageUpload")


@_attrs_define
class EmailTemplateImageUpload:
    """The image to add, from a file or from a URL.

    Attributes:
        image (str | Unset): The image file to upload.
        url (str | Unset): A URL to fetch the image from.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        url = d.pop("url", UNSET)

        email_template_image_upload = cls(
            image=image,
            url=url,
        )

        return email_template_image_upload
