# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /senders/default-senders`: Create a default sender."""

from collections.abc import Mapping
from typing import Any

from ...models.default_sender_fields import DefaultSenderFields
from ...models.default_sender_response import DefaultSenderResponse


def request(
    *,
    body: DefaultSenderFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/senders/default-senders",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DefaultSenderResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DefaultSenderResponse.from_dict(payload)
