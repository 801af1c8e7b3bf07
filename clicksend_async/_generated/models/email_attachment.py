# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.email_attachment_disposition import EmailAttachmentDisposition

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """A file attached to an email.

    Attributes:
        content (str): The file's contents
        type_ (str): MIME type of the file, e.g. text/plain.
        filename (str): File name shown to the recipient.
        disposition (EmailAttachmentDisposition | Literal['inline', 'attachment']): inline for content shown inside the
            email, attachment for any other file.
        content_id (str): An id for the content; the body shows an inline file by `cid:<content_id>`.
    """

    content: str
    type_: str
    filename: str
    disposition: EmailAttachmentDisposition | Literal["inline", "attachment"]
    content_id: str

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_

        filename = self.filename

        disposition = EmailAttachmentDisposition(self.disposition).value

        content_id = self.content_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "type": type_,
                "filename": filename,
                "disposition": disposition,
                "content_id": content_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = d.pop("type")

        filename = d.pop("filename")

        disposition = EmailAttachmentDisposition(d.pop("disposition"))

        content_id = d.pop("content_id")

        email_attachment = cls(
            content=content,
            type_=type_,
            filename=filename,
            disposition=disposition,
            content_id=content_id,
        )

        return email_attachment
