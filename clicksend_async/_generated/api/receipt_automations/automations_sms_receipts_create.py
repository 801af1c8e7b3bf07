# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /automations/sms/receipts`: Create an SMS delivery receipt automation."""

from collections.abc import Mapping
from typing import Any

from ...models.automation_receipt_rule_fields import AutomationReceiptRuleFields
from ...models.automation_receipt_rule_response import AutomationReceiptRuleResponse


def request(
    *,
    body: AutomationReceiptRuleFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/automations/sms/receipts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationReceiptRuleResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationReceiptRuleResponse.from_dict(payload)
