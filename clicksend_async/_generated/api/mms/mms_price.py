# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /mms/price`: Calculate MMS price."""

from collections.abc import Mapping
from typing import Any

from ...models.mms_send_request import MmsSendRequest
from ...models.mms_send_response import MmsSendResponse


def request(
    *,
    body: MmsSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/mms/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> MmsSendResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return MmsSendResponse.from_dict(payload)
