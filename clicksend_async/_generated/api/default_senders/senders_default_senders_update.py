# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PATCH /senders/default-senders/{default_sender_id}`: Update a default sender."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.default_sender_response import DefaultSenderResponse
from ...models.default_sender_update_fields import DefaultSenderUpdateFields


def request(
    default_sender_id: str,
    *,
    body: DefaultSenderUpdateFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/senders/default-senders/{default_sender_id}".format(
            default_sender_id=quote(str(default_sender_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DefaultSenderResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DefaultSenderResponse.from_dict(payload)
