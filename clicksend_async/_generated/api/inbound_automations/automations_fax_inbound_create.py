# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /automations/fax/inbound`: Create a fax inbound automation."""

from collections.abc import Mapping
from typing import Any

from ...models.automation_fax_inbound_rule_fields import AutomationFaxInboundRuleFields
from ...models.automation_inbound_rule_response import AutomationInboundRuleResponse


def request(
    *,
    body: AutomationFaxInboundRuleFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/automations/fax/inbound",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationInboundRuleResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationInboundRuleResponse.from_dict(payload)
