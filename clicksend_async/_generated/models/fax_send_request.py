# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fax_message import FaxMessage


T = TypeVar("T", bound="FaxSendRequest")


@_attrs_define
class FaxSendRequest:
    """The body of a fax send or price request.

    Attributes:
        file_url (str): Public URL of the PDF to fax (from POST /uploads?convert=fax for docx, doc, rtf). A
            private URL fails.
        messages (list[FaxMessage]): The recipients, up to 1000 (the contacts of a list_id count).
    """

    file_url: str
    messages: list[FaxMessage]

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fax_message import FaxMessage  # noqa: PLC0415

        d = dict(src_dict)
        file_url = d.pop("file_url")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = FaxMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        fax_send_request = cls(
            file_url=file_url,
            messages=messages,
        )

        return fax_send_request
