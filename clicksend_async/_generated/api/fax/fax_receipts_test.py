# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /fax/receipts`: Add a test fax delivery receipt."""

from collections.abc import Mapping
from typing import Any

from ...models.fax_receipt_response import FaxReceiptResponse
from ...models.fax_receipt_test_request import FaxReceiptTestRequest


def request(
    *,
    body: FaxReceiptTestRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/fax/receipts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> FaxReceiptResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return FaxReceiptResponse.from_dict(payload)
