# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.sms_inbound_test_request_webhook_type import SmsInboundTestRequestWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInboundTestRequest")


@_attrs_define
class SmsInboundTestRequest:
    """
    Attributes:
        url (str): The URL ClickSend calls with the test message ('poll' keeps it for GET /sms/inbound).
        webhook_type (SmsInboundTestRequestWebhookType | Literal['post', 'get', 'json'] | Unset): post (form fields, the
            default), get (query string) or json.
    """

    url: str
    webhook_type: SmsInboundTestRequestWebhookType | Literal["post", "get", "json"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        webhook_type: str | Unset = UNSET
        if not isinstance(self.webhook_type, Unset):
            webhook_type = SmsInboundTestRequestWebhookType(self.webhook_type).value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _webhook_type = d.pop("webhook_type", UNSET)
        webhook_type: SmsInboundTestRequestWebhookType | Literal["post", "get", "json"] | Unset
        if isinstance(_webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = SmsInboundTestRequestWebhookType(_webhook_type)

        sms_inbound_test_request = cls(
            url=url,
            webhook_type=webhook_type,
        )

        return sms_inbound_test_request
