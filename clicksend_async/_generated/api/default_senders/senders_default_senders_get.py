# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /senders/default-senders/{default_sender_id}`: Get a default sender."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.default_sender_response import DefaultSenderResponse


def request(
    default_sender_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/senders/default-senders/{default_sender_id}".format(
            default_sender_id=quote(str(default_sender_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DefaultSenderResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DefaultSenderResponse.from_dict(payload)
