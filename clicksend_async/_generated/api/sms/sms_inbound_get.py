# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /sms/inbound/{original_message_id}`: View a specific inbound SMS."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.inbound_sms_response import InboundSmsResponse


def request(
    original_message_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sms/inbound/{original_message_id}".format(
            original_message_id=quote(str(original_message_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> InboundSmsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return InboundSmsResponse.from_dict(payload)
