# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /voice/price`: Calculate the price of voice messages."""

from collections.abc import Mapping
from typing import Any

from ...models.voice_send_request import VoiceSendRequest
from ...models.voice_send_response import VoiceSendResponse


def request(
    *,
    body: VoiceSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/voice/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceSendResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceSendResponse.from_dict(payload)
