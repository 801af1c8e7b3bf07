# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.voice_message import VoiceMessage


T = TypeVar("T", bound="VoiceSendRequest")


@_attrs_define
class VoiceSendRequest:
    """The body of a voice send or price request.

    Attributes:
        messages (list[VoiceMessage]): The calls to make, up to 1000 (the contacts of a list_id count).
    """

    messages: list[VoiceMessage]

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_message import VoiceMessage  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = VoiceMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        voice_send_request = cls(
            messages=messages,
        )

        return voice_send_request
