# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /voice/receipts-read`: Mark voice delivery receipts as read."""

from collections.abc import Mapping
from typing import Any

from ...models.voice_receipts_read_request import VoiceReceiptsReadRequest
from ...models.voice_receipts_read_response import VoiceReceiptsReadResponse
from ...types import UNSET, Unset


def request(
    *,
    body: VoiceReceiptsReadRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/voice/receipts-read",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceReceiptsReadResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceReceiptsReadResponse.from_dict(payload)
