# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import (
    flag,
    integer,
    integer_in,
    optional_flag_in,
    optional_integer_in,
    optional_unix_time_in,
    unix_time,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignSendRequest")


@_attrs_define
class EmailCampaignSendRequest:
    """The body of `send`, `price` and `update` of email campaigns.

    Attributes:
        name (str): Name of the campaign.
        subject (str): Subject of the emails.
        body (str): The email, in HTML.
        from_email_address_id (int): A whole number (int), e.g. 201 or "201".
        from_name (str): Display name of the sender.
        list_id (int): A whole number (int), e.g. 201 or "201".
        template_id (int | Unset): A whole number (int), e.g. 201 or "201".
        schedule (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        draft (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        custom_string (str | Unset): Your own reference.
    """

    name: str
    subject: str
    body: str
    from_email_address_id: int = _attrs_field(converter=integer_in)
    from_name: str
    list_id: int = _attrs_field(converter=integer_in)
    template_id: int | Unset = _attrs_field(default=UNSET, converter=optional_integer_in)
    schedule: int | Unset = _attrs_field(default=UNSET, converter=optional_unix_time_in)
    draft: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    custom_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        body = self.body

        from_email_address_id = self.from_email_address_id

        from_name = self.from_name

        list_id = self.list_id

        template_id = UNSET if isinstance(self.template_id, Unset) else self.template_id

        schedule = UNSET if isinstance(self.schedule, Unset) else self.schedule

        draft = UNSET if isinstance(self.draft, Unset) else int(self.draft)

        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if draft is not UNSET:
            field_dict["draft"] = draft
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        subject = d.pop("subject")

        body = d.pop("body")

        from_email_address_id = integer(
            d.pop("from_email_address_id"), "EmailCampaignSendRequest.from_email_address_id"
        )

        from_name = d.pop("from_name")

        list_id = integer(d.pop("list_id"), "EmailCampaignSendRequest.list_id")

        _template_id = d.pop("template_id", UNSET)
        template_id = (
            UNSET
            if isinstance(_template_id, Unset)
            else integer(_template_id, "EmailCampaignSendRequest.template_id")
        )

        _schedule = d.pop("schedule", UNSET)
        schedule = (
            UNSET
            if isinstance(_schedule, Unset)
            else unix_time(_schedule, "EmailCampaignSendRequest.schedule")
        )

        _draft = d.pop("draft", UNSET)
        draft = (
            UNSET if isinstance(_draft, Unset) else flag(_draft, "EmailCampaignSendRequest.draft")
        )

        custom_string = d.pop("custom_string", UNSET)

        email_campaign_send_request = cls(
            name=name,
            subject=subject,
            body=body,
            from_email_address_id=from_email_address_id,
            from_name=from_name,
            list_id=list_id,
            template_id=template_id,
            schedule=schedule,
            draft=draft,
            custom_string=custom_string,
        )

        return email_campaign_send_request
