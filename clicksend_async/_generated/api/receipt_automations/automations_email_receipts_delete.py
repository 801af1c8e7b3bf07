# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`DELETE /automations/email/receipts/{receipt_rule_id}`: Delete an email delivery receipt automation."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.automation_rule_deleted_response import AutomationRuleDeletedResponse


def request(
    receipt_rule_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/automations/email/receipts/{receipt_rule_id}".format(
            receipt_rule_id=quote(str(receipt_rule_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationRuleDeletedResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationRuleDeletedResponse.from_dict(payload)
