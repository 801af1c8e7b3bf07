# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationInboundRule")


@_attrs_define
class AutomationInboundRule:
    """A stored inbound rule, SMS or fax: the fields of its create call, its id, and for fax
    rules the owner (`user_id`). message_search_type, message_search_term, body and
    webhook_type belong to SMS rules.

        Attributes:
            rule_name (str):
            action (str): The action (see AutomationAction).
            action_address (int | str): The target of the rule's action (URL, email address, number or contact list id).
            enabled (bool): A yes/no flag (bool), sent as 0 or 1.
            inbound_rule_id (int | Unset): Id of the rule.
            sms_inbound_rule_id (int | Unset): The docs page's name of `inbound_rule_id` in listings.
            user_id (int | Unset): The user the rule belongs to (fax rules).
            dedicated_number (str | Unset): The dedicated number the rule watches, or `*` for all of them.
            message_search_type (int | Unset): 0 any message, 1 starts with, 2 contains, 3 does not contain (SMS rules).
            message_search_term (None | str | Unset):
            body (None | str | Unset): The reply text of AUTO_REPLY.
            webhook_type (str | Unset): post, get or json (SMS rules).
    """

    rule_name: str
    action: str
    action_address: int | str
    enabled: bool
    inbound_rule_id: int | Unset = UNSET
    sms_inbound_rule_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    dedicated_number: str | Unset = UNSET
    message_search_type: int | Unset = UNSET
    message_search_term: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    webhook_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_name = self.rule_name

        action = self.action

        action_address: int | str
        action_address = self.action_address

        enabled = int(self.enabled)

        inbound_rule_id = UNSET if isinstance(self.inbound_rule_id, Unset) else self.inbound_rule_id

        sms_inbound_rule_id = (
            UNSET if isinstance(self.sms_inbound_rule_id, Unset) else self.sms_inbound_rule_id
        )

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        dedicated_number = self.dedicated_number

        message_search_type = (
            UNSET if isinstance(self.message_search_type, Unset) else self.message_search_type
        )

        message_search_term: None | str | Unset
        if isinstance(self.message_search_term, Unset):
            message_search_term = UNSET
        else:
            message_search_term = self.message_search_term

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_name": rule_name,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )
        if inbound_rule_id is not UNSET:
            field_dict["inbound_rule_id"] = inbound_rule_id
        if sms_inbound_rule_id is not UNSET:
            field_dict["sms_inbound_rule_id"] = sms_inbound_rule_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if message_search_type is not UNSET:
            field_dict["message_search_type"] = message_search_type
        if message_search_term is not UNSET:
            field_dict["message_search_term"] = message_search_term
        if body is not UNSET:
            field_dict["body"] = body
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_name = d.pop("rule_name")

        action = d.pop("action")

        action_address = cast(int | str, d.pop("action_address"))

        enabled = flag(d.pop("enabled"), "AutomationInboundRule.enabled")

        _inbound_rule_id = d.pop("inbound_rule_id", UNSET)
        inbound_rule_id = (
            UNSET
            if isinstance(_inbound_rule_id, Unset)
            else integer(_inbound_rule_id, "AutomationInboundRule.inbound_rule_id")
        )

        _sms_inbound_rule_id = d.pop("sms_inbound_rule_id", UNSET)
        sms_inbound_rule_id = (
            UNSET
            if isinstance(_sms_inbound_rule_id, Unset)
            else integer(_sms_inbound_rule_id, "AutomationInboundRule.sms_inbound_rule_id")
        )

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET
            if isinstance(_user_id, Unset)
            else integer(_user_id, "AutomationInboundRule.user_id")
        )

        dedicated_number = d.pop("dedicated_number", UNSET)

        _message_search_type = d.pop("message_search_type", UNSET)
        message_search_type = (
            UNSET
            if isinstance(_message_search_type, Unset)
            else integer(_message_search_type, "AutomationInboundRule.message_search_type")
        )

        message_search_term = cast(None | str | Unset, d.pop("message_search_term", UNSET))

        body = cast(None | str | Unset, d.pop("body", UNSET))

        webhook_type = d.pop("webhook_type", UNSET)

        automation_inbound_rule = cls(
            rule_name=rule_name,
            action=action,
            action_address=action_address,
            enabled=enabled,
            inbound_rule_id=inbound_rule_id,
            sms_inbound_rule_id=sms_inbound_rule_id,
            user_id=user_id,
            dedicated_number=dedicated_number,
            message_search_type=message_search_type,
            message_search_term=message_search_term,
            body=body,
            webhook_type=webhook_type,
        )

        automation_inbound_rule.additional_properties = d
        return automation_inbound_rule

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
