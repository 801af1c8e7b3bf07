# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /voice/receipts/{message_id}`: Get the receipt of one voice call."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.voice_receipt_response import VoiceReceiptResponse


def request(
    message_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/voice/receipts/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceReceiptResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceReceiptResponse.from_dict(payload)
