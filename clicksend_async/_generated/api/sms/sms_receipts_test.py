# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/receipts`: Create a test SMS delivery receipt."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_receipt_response import SmsReceiptResponse
from ...models.sms_receipt_test_request import SmsReceiptTestRequest


def request(
    *,
    body: SmsReceiptTestRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/receipts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsReceiptResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsReceiptResponse.from_dict(payload)
