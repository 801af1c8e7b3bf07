# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /sms/cancel-all`: Cancel all scheduled SMS."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_cancel_all_request import SmsCancelAllRequest
from ...models.sms_cancel_all_response import SmsCancelAllResponse
from ...types import UNSET, Unset


def request(
    *,
    body: SmsCancelAllRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sms/cancel-all",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsCancelAllResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsCancelAllResponse.from_dict(payload)
