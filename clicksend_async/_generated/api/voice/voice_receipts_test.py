# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /voice/receipts`: Add a test voice delivery receipt."""

from collections.abc import Mapping
from typing import Any

from ...models.voice_receipt_response import VoiceReceiptResponse
from ...models.voice_receipt_test_request import VoiceReceiptTestRequest


def request(
    *,
    body: VoiceReceiptTestRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/voice/receipts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceReceiptResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceReceiptResponse.from_dict(payload)
