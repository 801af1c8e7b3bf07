# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /automations/sms/inbound/{inbound_rule_id}`: Update an SMS inbound automation."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.automation_inbound_rule_response import AutomationInboundRuleResponse
from ...models.automation_sms_inbound_rule_fields import AutomationSmsInboundRuleFields


def request(
    inbound_rule_id: int,
    *,
    body: AutomationSmsInboundRuleFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/automations/sms/inbound/{inbound_rule_id}".format(
            inbound_rule_id=quote(str(inbound_rule_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationInboundRuleResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationInboundRuleResponse.from_dict(payload)
