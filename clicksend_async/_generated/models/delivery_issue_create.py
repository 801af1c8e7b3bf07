# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.delivery_issue_create_type import DeliveryIssueCreateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssueCreate")


@_attrs_define
class DeliveryIssueCreate:
    """
    Attributes:
        type_ (DeliveryIssueCreateType | Literal['SMS', 'MMS', 'VOICE', 'EMAIL_MARKETING', 'EMAIL_TRANSACTIONAL', 'FAX',
            'POST']): Channel of the message.
        description (str): What went wrong.
        email_address (str): Where ClickSend support should answer.
        message_id (str | Unset): Id of the message concerned.
        client_comments (str | Unset): Your comments.
    """

    type_: (
        DeliveryIssueCreateType
        | Literal["SMS", "MMS", "VOICE", "EMAIL_MARKETING", "EMAIL_TRANSACTIONAL", "FAX", "POST"]
    )
    description: str
    email_address: str
    message_id: str | Unset = UNSET
    client_comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = DeliveryIssueCreateType(self.type_).value

        description = self.description

        email_address = self.email_address

        message_id = self.message_id

        client_comments = self.client_comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "description": description,
                "email_address": email_address,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DeliveryIssueCreateType(d.pop("type"))

        description = d.pop("description")

        email_address = d.pop("email_address")

        message_id = d.pop("message_id", UNSET)

        client_comments = d.pop("client_comments", UNSET)

        delivery_issue_create = cls(
            type_=type_,
            description=description,
            email_address=email_address,
            message_id=message_id,
            client_comments=client_comments,
        )

        return delivery_issue_create
