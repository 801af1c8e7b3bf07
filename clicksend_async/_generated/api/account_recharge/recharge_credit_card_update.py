# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /recharge/credit-card`: Update credit card info."""

from collections.abc import Mapping
from typing import Any

from ...models.credit_card import CreditCard
from ...models.credit_card_token_response import CreditCardTokenResponse


def request(
    *,
    body: CreditCard,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/recharge/credit-card",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> CreditCardTokenResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return CreditCardTokenResponse.from_dict(payload)
