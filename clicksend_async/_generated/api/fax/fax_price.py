# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /fax/price`: Calculate the price of faxes."""

from collections.abc import Mapping
from typing import Any

from ...models.fax_send_request import FaxSendRequest
from ...models.fax_send_response import FaxSendResponse


def request(
    *,
    body: FaxSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/fax/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> FaxSendResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return FaxSendResponse.from_dict(payload)
