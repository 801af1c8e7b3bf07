# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, optional_flag_in
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_recipient import PostRecipient


T = TypeVar("T", bound="PostLetterSendRequest")


@_attrs_define
class PostLetterSendRequest:
    """A letter to print from a PDF and post to each recipient.

    Attributes:
        file_url (str): Public URL of the PDF to print (a private URL fails).
        recipients (list[PostRecipient]): The addressees (1 to 1000).
        template_used (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        colour (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        duplex (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        priority_post (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        source (str | Unset): Free text naming your application.
    """

    file_url: str
    recipients: list[PostRecipient]
    template_used: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    colour: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    duplex: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    priority_post: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    source: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        template_used = UNSET if isinstance(self.template_used, Unset) else int(self.template_used)

        colour = UNSET if isinstance(self.colour, Unset) else int(self.colour)

        duplex = UNSET if isinstance(self.duplex, Unset) else int(self.duplex)

        priority_post = UNSET if isinstance(self.priority_post, Unset) else int(self.priority_post)

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
                "recipients": recipients,
            }
        )
        if template_used is not UNSET:
            field_dict["template_used"] = template_used
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_recipient import PostRecipient  # noqa: PLC0415

        d = dict(src_dict)
        file_url = d.pop("file_url")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = PostRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        _template_used = d.pop("template_used", UNSET)
        template_used = (
            UNSET
            if isinstance(_template_used, Unset)
            else flag(_template_used, "PostLetterSendRequest.template_used")
        )

        _colour = d.pop("colour", UNSET)
        colour = (
            UNSET if isinstance(_colour, Unset) else flag(_colour, "PostLetterSendRequest.colour")
        )

        _duplex = d.pop("duplex", UNSET)
        duplex = (
            UNSET if isinstance(_duplex, Unset) else flag(_duplex, "PostLetterSendRequest.duplex")
        )

        _priority_post = d.pop("priority_post", UNSET)
        priority_post = (
            UNSET
            if isinstance(_priority_post, Unset)
            else flag(_priority_post, "PostLetterSendRequest.priority_post")
        )

        source = d.pop("source", UNSET)

        post_letter_send_request = cls(
            file_url=file_url,
            recipients=recipients,
            template_used=template_used,
            colour=colour,
            duplex=duplex,
            priority_post=priority_post,
            source=source,
        )

        return post_letter_send_request
