# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /voice/cancel-all`: Cancel all scheduled voice messages."""

from collections.abc import Mapping
from typing import Any

from ...models.voice_cancel_all_response import VoiceCancelAllResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/voice/cancel-all",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceCancelAllResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceCancelAllResponse.from_dict(payload)
