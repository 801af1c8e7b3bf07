# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.post_recipient import PostRecipient


T = TypeVar("T", bound="PostcardSendRequest")


@_attrs_define
class PostcardSendRequest:
    """A postcard to print from one or two PDFs and post to each recipient.

    Attributes:
        file_urls (list[str]): One 2-page PDF, or the front and the back as two PDFs, at public URLs.
        recipients (list[PostRecipient]): The addressees (1 to 1000).
    """

    file_urls: list[str]
    recipients: list[PostRecipient]

    def to_dict(self) -> dict[str, Any]:
        file_urls = self.file_urls

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_urls": file_urls,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_recipient import PostRecipient  # noqa: PLC0415

        d = dict(src_dict)
        file_urls = cast(list[str], d.pop("file_urls"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = PostRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        postcard_send_request = cls(
            file_urls=file_urls,
            recipients=recipients,
        )

        return postcard_send_request
