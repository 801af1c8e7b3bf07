# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email/price`: Calculate the price of an email."""

from collections.abc import Mapping
from typing import Any

from ...models.email_price_response import EmailPriceResponse
from ...models.email_send_request import EmailSendRequest


def request(
    *,
    body: EmailSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailPriceResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailPriceResponse.from_dict(payload)
