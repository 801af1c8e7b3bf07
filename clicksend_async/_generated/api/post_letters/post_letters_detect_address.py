# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /post/letters/detect-address`: Detect the address in a letter."""

from collections.abc import Mapping
from typing import Any

from ...models.post_detect_address_request import PostDetectAddressRequest
from ...models.post_detected_address_response import PostDetectedAddressResponse


def request(
    *,
    body: PostDetectAddressRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/post/letters/detect-address",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostDetectedAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostDetectedAddressResponse.from_dict(payload)
