# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /post/return-addresses/{return_address_id}`: Update a return address."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.post_return_address_fields import PostReturnAddressFields
from ...models.post_return_address_response import PostReturnAddressResponse


def request(
    return_address_id: int,
    *,
    body: PostReturnAddressFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/post/return-addresses/{return_address_id}".format(
            return_address_id=quote(str(return_address_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostReturnAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostReturnAddressResponse.from_dict(payload)
