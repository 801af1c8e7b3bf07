# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, flag_in, integer, integer_in
from ..models.automation_action import AutomationAction
from ..models.automation_webhook_type import AutomationWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationSmsInboundRuleFields")


@_attrs_define
class AutomationSmsInboundRuleFields:
    """The fields of an inbound SMS rule that a create or an update sends.

    Attributes:
        dedicated_number (str): Your dedicated number the rule watches (E.164), or `*` for all of them.
        rule_name (str): Your name for the rule.
        message_search_type (int): Which messages match: 0 any message, 1 starts with, 2 contains, 3 does not contain
            `message_search_term`.
        message_search_term (str): The text searched for (may be empty with `message_search_type` 0).
        action (AutomationAction | Literal['AUTO_REPLY', 'EMAIL_USER', 'EMAIL_FIXED', 'URL', 'SMS', 'POLL', 'GROUP_SMS',
            'MOVE_CONTACT', 'CREATE_CONTACT', 'CREATE_CONTACT_PLUS_EMAIL', 'CREATE_CONTACT_PLUS_NAME_EMAIL',
            'CREATE_CONTACT_PLUS_NAME', 'SMPP', 'NONE']): What a rule does with each message or receipt it matches: URL
            calls your webhook
            (`action_address` the URL); EMAIL_USER emails the account's user; EMAIL_FIXED emails
            `action_address`; SMS forwards to the number in `action_address`; POLL keeps it for the
            polling calls (sms.inbound.list, sms.receipts.list, ...); AUTO_REPLY answers with the
            rule's `body`; GROUP_SMS, MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in
            `action_address`), SMPP and NONE: no source describes these further.
        action_address (str): The target of the action: your webhook URL for URL, an email address for
            EMAIL_FIXED, a phone number for SMS, a contact list id for the contact actions.
        enabled (bool): A yes/no flag (bool), sent as 0 or 1.
        body (str | Unset): The reply text of AUTO_REPLY.
        webhook_type (AutomationWebhookType | Literal['post', 'get', 'json'] | Unset): How ClickSend calls the URL of an
            inbound SMS rule: post (the default) a form POST
            (application/x-www-form-urlencoded), get the fields as query parameters, json a JSON
            body by POST.
    """

    dedicated_number: str
    rule_name: str
    message_search_type: int = _attrs_field(converter=integer_in)
    message_search_term: str
    action: (
        AutomationAction
        | Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ]
    )
    action_address: str
    enabled: bool = _attrs_field(converter=flag_in)
    body: str | Unset = UNSET
    webhook_type: AutomationWebhookType | Literal["post", "get", "json"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        message_search_type = self.message_search_type

        message_search_term = self.message_search_term

        action = AutomationAction(self.action).value

        action_address = self.action_address

        enabled = int(self.enabled)

        body = self.body

        webhook_type: str | Unset = UNSET
        if not isinstance(self.webhook_type, Unset):
            webhook_type = AutomationWebhookType(self.webhook_type).value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "message_search_type": message_search_type,
                "message_search_term": message_search_term,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        rule_name = d.pop("rule_name")

        message_search_type = integer(
            d.pop("message_search_type"), "AutomationSmsInboundRuleFields.message_search_type"
        )

        message_search_term = d.pop("message_search_term")

        action = AutomationAction(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = flag(d.pop("enabled"), "AutomationSmsInboundRuleFields.enabled")

        body = d.pop("body", UNSET)

        _webhook_type = d.pop("webhook_type", UNSET)
        webhook_type: AutomationWebhookType | Literal["post", "get", "json"] | Unset
        if isinstance(_webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = AutomationWebhookType(_webhook_type)

        automation_sms_inbound_rule_fields = cls(
            dedicated_number=dedicated_number,
            rule_name=rule_name,
            message_search_type=message_search_type,
            message_search_term=message_search_term,
            action=action,
            action_address=action_address,
            enabled=enabled,
            body=body,
            webhook_type=webhook_type,
        )

        return automation_sms_inbound_rule_fields
