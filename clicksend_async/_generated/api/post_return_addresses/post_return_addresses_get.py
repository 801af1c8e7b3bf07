# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /post/return-addresses/{return_address_id}`: Get a return address."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.post_return_address_response import PostReturnAddressResponse


def request(
    return_address_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/post/return-addresses/{return_address_id}".format(
            return_address_id=quote(str(return_address_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostReturnAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostReturnAddressResponse.from_dict(payload)
