# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/inbound`: Create a test inbound SMS."""

from collections.abc import Mapping
from typing import Any

from ...models.inbound_sms_response import InboundSmsResponse
from ...models.sms_inbound_test_request import SmsInboundTestRequest


def request(
    *,
    body: SmsInboundTestRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/inbound",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> InboundSmsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return InboundSmsResponse.from_dict(payload)
