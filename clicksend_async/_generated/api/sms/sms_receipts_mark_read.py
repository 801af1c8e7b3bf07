# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /sms/receipts-read`: Mark SMS delivery receipts as read."""

from collections.abc import Mapping
from typing import Any

from ...models.empty_response import EmptyResponse
from ...models.sms_mark_read_request import SmsMarkReadRequest
from ...types import UNSET, Unset


def request(
    *,
    body: SmsMarkReadRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sms/receipts-read",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmptyResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmptyResponse.from_dict(payload)
