# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import optional_unix_time_in, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_attachment import EmailAttachment
    from ..models.email_from import EmailFrom
    from ..models.email_recipient import EmailRecipient


T = TypeVar("T", bound="EmailSendRequest")


@_attrs_define
class EmailSendRequest:
    """An email to send or to price.

    Attributes:
        to (list[EmailRecipient]): The recipients.
        from_ (EmailFrom): The sender of an email: an allowed, verified address and a display name.
        body (str): The content of the email (HTML or text).
        cc (list[EmailRecipient] | Unset): Copy recipients.
        bcc (list[EmailRecipient] | Unset): Blind-copy recipients.
        subject (str | Unset): Subject line.
        attachments (list[EmailAttachment] | Unset): Files attached to the email.
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
    """

    to: list[EmailRecipient]
    from_: EmailFrom
    body: str
    cc: list[EmailRecipient] | Unset = UNSET
    bcc: list[EmailRecipient] | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[EmailAttachment] | Unset = UNSET
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)

    def to_dict(self) -> dict[str, Any]:
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        from_ = self.from_.to_dict()

        body = self.body

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "from": from_,
                "body": body,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment import EmailAttachment  # noqa: PLC0415
        from ..models.email_from import EmailFrom  # noqa: PLC0415
        from ..models.email_recipient import EmailRecipient  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = EmailRecipient.from_dict(to_item_data)

            to.append(to_item)

        from_ = EmailFrom.from_dict(d.pop("from"))

        body = d.pop("body")

        _cc = d.pop("cc", UNSET)
        cc: list[EmailRecipient] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailRecipient.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailRecipient] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailRecipient.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        subject = d.pop("subject", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "EmailSendRequest.schedule")
        )

        email_send_request = cls(
            to=to,
            from_=from_,
            body=body,
            cc=cc,
            bcc=bcc,
            subject=subject,
            attachments=attachments,
            schedule=schedule,
        )

        return email_send_request
