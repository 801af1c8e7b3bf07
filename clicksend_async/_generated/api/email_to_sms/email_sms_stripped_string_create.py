# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/email-sms-stripped-strings`: Create email to sms stripped string rule."""

from collections.abc import Mapping
from typing import Any

from ...models.stripped_string_fields import StrippedStringFields
from ...models.stripped_string_response import StrippedStringResponse


def request(
    *,
    body: StrippedStringFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/email-sms-stripped-strings",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> StrippedStringResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return StrippedStringResponse.from_dict(payload)
