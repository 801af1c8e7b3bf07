# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostDetectAddressRequest")


@_attrs_define
class PostDetectAddressRequest:
    """A PDF letter (base64) or a one-line address to read an address from.

    Attributes:
        content (str | Unset): The PDF letter, base64-encoded.
        address (str | Unset): An address written on one line.
    """

    content: str | Unset = UNSET
    address: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        address = d.pop("address", UNSET)

        post_detect_address_request = cls(
            content=content,
            address=address,
        )

        return post_detect_address_request
