# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /mms/cancel-all`: Cancel all scheduled MMS."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_cancel_all_response import SmsCancelAllResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/mms/cancel-all",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsCancelAllResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsCancelAllResponse.from_dict(payload)
