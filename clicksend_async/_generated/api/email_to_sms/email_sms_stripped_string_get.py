# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /sms/email-sms-stripped-strings/{rule_id}`: Get specific email to sms stripped string rule."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.stripped_string_detail_response import StrippedStringDetailResponse


def request(
    rule_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sms/email-sms-stripped-strings/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> StrippedStringDetailResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return StrippedStringDetailResponse.from_dict(payload)
