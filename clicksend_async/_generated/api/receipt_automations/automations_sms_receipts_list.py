# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /automations/sms/receipts`: View SMS delivery receipt automations."""

from collections.abc import Mapping
from typing import Any

from ...models.automation_receipt_rule_page_response import AutomationReceiptRulePageResponse
from ...models.search_operator import SearchOperator
from ...types import UNSET, Unset


def request(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: SearchOperator | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["q"] = q

    json_operator: str | Unset = UNSET
    if not isinstance(operator, Unset):
        json_operator = SearchOperator(operator).value

    params["operator"] = json_operator

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/automations/sms/receipts",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AutomationReceiptRulePageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AutomationReceiptRulePageResponse.from_dict(payload)
