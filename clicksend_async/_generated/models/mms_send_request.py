# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mms_message import MmsMessage


T = TypeVar("T", bound="MmsSendRequest")


@_attrs_define
class MmsSendRequest:
    """The body of `send` and of `price`.

    Attributes:
        media_file (str): Public URL of the media file: jpg or gif, up to 250 kB (jpeg, png and bmp through
            `POST /uploads?convert=mms` first).
        messages (list[MmsMessage]): The messages (up to 1,000, the contacts of a list counting).
    """

    media_file: str
    messages: list[MmsMessage]

    def to_dict(self) -> dict[str, Any]:
        media_file = self.media_file

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_file": media_file,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mms_message import MmsMessage  # noqa: PLC0415

        d = dict(src_dict)
        media_file = d.pop("media_file")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MmsMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        mms_send_request = cls(
            media_file=media_file,
            messages=messages,
        )

        return mms_send_request
