# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /delivery-issues`: Create a delivery issue."""

from collections.abc import Mapping
from typing import Any

from ...models.delivery_issue_create import DeliveryIssueCreate
from ...models.delivery_issue_response import DeliveryIssueResponse


def request(
    *,
    body: DeliveryIssueCreate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/delivery-issues",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DeliveryIssueResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DeliveryIssueResponse.from_dict(payload)
