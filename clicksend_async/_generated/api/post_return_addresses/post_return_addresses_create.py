# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /post/return-addresses`: Create a return address."""

from collections.abc import Mapping
from typing import Any

from ...models.post_return_address_fields import PostReturnAddressFields
from ...models.post_return_address_response import PostReturnAddressResponse


def request(
    *,
    body: PostReturnAddressFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/post/return-addresses",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostReturnAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostReturnAddressResponse.from_dict(payload)
