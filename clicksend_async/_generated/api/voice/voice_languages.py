# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /voice/lang`: List the voice languages."""

from collections.abc import Mapping
from typing import Any

from ...models.voice_languages_response import VoiceLanguagesResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/voice/lang",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VoiceLanguagesResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VoiceLanguagesResponse.from_dict(payload)
