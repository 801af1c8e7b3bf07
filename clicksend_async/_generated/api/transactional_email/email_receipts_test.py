# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email/receipts`: Create a test email delivery receipt."""

from collections.abc import Mapping
from typing import Any

from ...models.email_receipt_response import EmailReceiptResponse
from ...models.email_receipt_test_request import EmailReceiptTestRequest


def request(
    *,
    body: EmailReceiptTestRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email/receipts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailReceiptResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailReceiptResponse.from_dict(payload)
