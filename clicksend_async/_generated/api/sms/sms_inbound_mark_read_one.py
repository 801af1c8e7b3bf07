# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /sms/inbound-read/{message_id}`: Mark one inbound SMS as read."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.empty_response import EmptyResponse


def request(
    message_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sms/inbound-read/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmptyResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmptyResponse.from_dict(payload)
