# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /post/postcards/price`: Calculate the price of postcards."""

from collections.abc import Mapping
from typing import Any

from ...models.postcard_result_response import PostcardResultResponse
from ...models.postcard_send_request import PostcardSendRequest


def request(
    *,
    body: PostcardSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/post/postcards/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostcardResultResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostcardResultResponse.from_dict(payload)
