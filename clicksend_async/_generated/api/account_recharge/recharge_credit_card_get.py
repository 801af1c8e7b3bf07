# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /recharge/credit-card`: Get current payment info."""

from collections.abc import Mapping
from typing import Any

from ...models.credit_card_response import CreditCardResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/recharge/credit-card",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> CreditCardResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return CreditCardResponse.from_dict(payload)
