# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /automations/fax/inbound/{inbound_rule_id}`: View a fax inbound automation."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.automation_inbound_rule_response import AutomationInboundRuleResponse


def request(
    inbound_rule_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/automations/fax/inbound/{inbound_rule_id}".format(
            inbound_rule_id=quote(str(inbound_rule_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationInboundRuleResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationInboundRuleResponse.from_dict(payload)
