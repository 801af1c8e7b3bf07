# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, money, unix_time
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.email_addressee import EmailAddressee
    from ..models.email_attachment_info import EmailAttachmentInfo


T = TypeVar("T", bound="EmailHistoryItem")


@_attrs_define
class EmailHistoryItem:
    """A sent (or queued) email of the history.

    Attributes:
        message_id (str):
        status (str):
        status_text (None | str | Unset):
        user_id (int | Unset):
        subaccount_id (int | Unset):
        from_email_address_id (int | Unset):
        from_name (None | str | Unset):
        to (list[EmailAddressee] | Unset):
        cc (list[EmailAddressee] | None | Unset):
        bcc (list[EmailAddressee] | None | Unset):
        subject (None | str | Unset):
        body (str | Unset):
        body_plain_text (None | str | Unset):
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        soft_bounce_count (int | Unset):
        hard_bounce_count (int | Unset):
        price (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
        custom_string (None | str | Unset):
        attachments (list[EmailAttachmentInfo] | Unset):
        currency (Currency | Unset):
    """

    message_id: str
    status: str
    status_text: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    from_name: None | str | Unset = UNSET
    to: list[EmailAddressee] | Unset = UNSET
    cc: list[EmailAddressee] | None | Unset = UNSET
    bcc: list[EmailAddressee] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: str | Unset = UNSET
    body_plain_text: None | str | Unset = UNSET
    schedule: int | Unset = UNSET
    date_added: int | Unset = UNSET
    soft_bounce_count: int | Unset = UNSET
    hard_bounce_count: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    attachments: list[EmailAttachmentInfo] | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        subaccount_id = UNSET if isinstance(self.subaccount_id, Unset) else self.subaccount_id

        from_email_address_id = (
            UNSET if isinstance(self.from_email_address_id, Unset) else self.from_email_address_id
        )

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        cc: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = []
            for cc_type_0_item_data in self.cc:
                cc_type_0_item = cc_type_0_item_data.to_dict()
                cc.append(cc_type_0_item)

        else:
            cc = self.cc

        bcc: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = []
            for bcc_type_0_item_data in self.bcc:
                bcc_type_0_item = bcc_type_0_item_data.to_dict()
                bcc.append(bcc_type_0_item)

        else:
            bcc = self.bcc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body = self.body

        body_plain_text: None | str | Unset
        if isinstance(self.body_plain_text, Unset):
            body_plain_text = UNSET
        else:
            body_plain_text = self.body_plain_text

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        soft_bounce_count = (
            UNSET if isinstance(self.soft_bounce_count, Unset) else self.soft_bounce_count
        )

        hard_bounce_count = (
            UNSET if isinstance(self.hard_bounce_count, Unset) else self.hard_bounce_count
        )

        price = UNSET if isinstance(self.price, Unset) else format(self.price, "f")

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
            }
        )
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if price is not UNSET:
            field_dict["price"] = price
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if attachments is not UNSET:
            field_dict["_attachments"] = attachments
        if currency is not UNSET:
            field_dict["_currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.email_addressee import EmailAddressee  # noqa: PLC0415
        from ..models.email_attachment_info import EmailAttachmentInfo  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = d.pop("status")

        status_text = cast(None | str | Unset, d.pop("status_text", UNSET))

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "EmailHistoryItem.user_id")
        )

        _subaccount_id = d.pop("subaccount_id", UNSET)
        subaccount_id = (
            UNSET
            if isinstance(_subaccount_id, Unset)
            else integer(_subaccount_id, "EmailHistoryItem.subaccount_id")
        )

        _from_email_address_id = d.pop("from_email_address_id", UNSET)
        from_email_address_id = (
            UNSET
            if isinstance(_from_email_address_id, Unset)
            else integer(_from_email_address_id, "EmailHistoryItem.from_email_address_id")
        )

        from_name = cast(None | str | Unset, d.pop("from_name", UNSET))

        _to = d.pop("to", UNSET)
        to: list[EmailAddressee] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailAddressee.from_dict(to_item_data)

                to.append(to_item)

        def _parse_cc(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = []
                _cc_type_0 = data
                for cc_type_0_item_data in _cc_type_0:
                    cc_type_0_item = EmailAddressee.from_dict(cc_type_0_item_data)

                    cc_type_0.append(cc_type_0_item)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = []
                _bcc_type_0 = data
                for bcc_type_0_item_data in _bcc_type_0:
                    bcc_type_0_item = EmailAddressee.from_dict(bcc_type_0_item_data)

                    bcc_type_0.append(bcc_type_0_item)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        body = d.pop("body", UNSET)

        body_plain_text = cast(None | str | Unset, d.pop("body_plain_text", UNSET))

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "EmailHistoryItem.schedule")
        )

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "EmailHistoryItem.date_added")
        )

        _soft_bounce_count = d.pop("soft_bounce_count", UNSET)
        soft_bounce_count = (
            UNSET
            if isinstance(_soft_bounce_count, Unset)
            else integer(_soft_bounce_count, "EmailHistoryItem.soft_bounce_count")
        )

        _hard_bounce_count = d.pop("hard_bounce_count", UNSET)
        hard_bounce_count = (
            UNSET
            if isinstance(_hard_bounce_count, Unset)
            else integer(_hard_bounce_count, "EmailHistoryItem.hard_bounce_count")
        )

        _price = d.pop("price", UNSET)
        price = UNSET if isinstance(_price, Unset) else money(_price, "EmailHistoryItem.price")

        custom_string = cast(None | str | Unset, d.pop("custom_string", UNSET))

        _attachments = d.pop("_attachments", UNSET)
        attachments: list[EmailAttachmentInfo] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachmentInfo.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        email_history_item = cls(
            message_id=message_id,
            status=status,
            status_text=status_text,
            user_id=user_id,
            subaccount_id=subaccount_id,
            from_email_address_id=from_email_address_id,
            from_name=from_name,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            body_plain_text=body_plain_text,
            schedule=schedule,
            date_added=date_added,
            soft_bounce_count=soft_bounce_count,
            hard_bounce_count=hard_bounce_count,
            price=price,
            custom_string=custom_string,
            attachments=attachments,
            currency=currency,
        )

        email_history_item.additional_properties = d
        return email_history_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
