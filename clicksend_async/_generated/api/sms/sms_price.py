# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/price`: Calculate SMS price."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_send_request import SmsSendRequest
from ...models.sms_send_response import SmsSendResponse


def request(
    *,
    body: SmsSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsSendResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsSendResponse.from_dict(payload)
