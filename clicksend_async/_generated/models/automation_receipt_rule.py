# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer

T = TypeVar("T", bound="AutomationReceiptRule")


@_attrs_define
class AutomationReceiptRule:
    """A stored delivery receipt rule (SMS, voice, email or fax).

    Attributes:
        receipt_rule_id (int): Id of the rule.
        rule_name (str):
        match_type (int): Which receipts the rule matches; 0 = all.
        action (str): The action (see AutomationAction).
        action_address (int | str): The target of the rule's action (URL, email address, number or contact list id).
        enabled (bool): A yes/no flag (bool), sent as 0 or 1.
    """

    receipt_rule_id: int
    rule_name: str
    match_type: int
    action: str
    action_address: int | str
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt_rule_id = self.receipt_rule_id

        rule_name = self.rule_name

        match_type = self.match_type

        action = self.action

        action_address: int | str
        action_address = self.action_address

        enabled = int(self.enabled)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receipt_rule_id": receipt_rule_id,
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receipt_rule_id = integer(d.pop("receipt_rule_id"), "AutomationReceiptRule.receipt_rule_id")

        rule_name = d.pop("rule_name")

        match_type = integer(d.pop("match_type"), "AutomationReceiptRule.match_type")

        action = d.pop("action")

        action_address = cast(int | str, d.pop("action_address"))

        enabled = flag(d.pop("enabled"), "AutomationReceiptRule.enabled")

        automation_receipt_rule = cls(
            receipt_rule_id=receipt_rule_id,
            rule_name=rule_name,
            match_type=match_type,
            action=action,
            action_address=action_address,
            enabled=enabled,
        )

        automation_receipt_rule.additional_properties = d
        return automation_receipt_rule

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
