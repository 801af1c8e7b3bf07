# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /post/letters/price`: Calculate the price of a letter."""

from collections.abc import Mapping
from typing import Any

from ...models.post_letter_result_response import PostLetterResultResponse
from ...models.post_letter_send_request import PostLetterSendRequest


def request(
    *,
    body: PostLetterSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/post/letters/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostLetterResultResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostLetterResultResponse.from_dict(payload)
