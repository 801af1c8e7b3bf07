# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, flag_in
from ..models.automation_action import AutomationAction

T = TypeVar("T", bound="AutomationFaxInboundRuleFields")


@_attrs_define
class AutomationFaxInboundRuleFields:
    """The fields of an inbound fax rule that a create or an update sends.

    Attributes:
        dedicated_number (str): Your dedicated fax number the rule watches (E.164), or `*` for all of them.
        rule_name (str): Your name for the rule.
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
            EMAIL_FIXED.
        enabled (bool): A yes/no flag (bool), sent as 0 or 1.
    """

    dedicated_number: str
    rule_name: str
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

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        action = AutomationAction(self.action).value

        action_address = self.action_address

        enabled = int(self.enabled)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        rule_name = d.pop("rule_name")

        action = AutomationAction(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = flag(d.pop("enabled"), "AutomationFaxInboundRuleFields.enabled")

        automation_fax_inbound_rule_fields = cls(
            dedicated_number=dedicated_number,
            rule_name=rule_name,
            action=action,
            action_address=action_address,
            enabled=enabled,
        )

        return automation_fax_inbound_rule_fields
