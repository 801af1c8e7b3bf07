# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /sms/email-sms-stripped-strings/{rule_id}`: Update email to sms stripped string rule."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.stripped_string_detail_response import StrippedStringDetailResponse
from ...models.stripped_string_fields import StrippedStringFields


def request(
    rule_id: int,
    *,
    body: StrippedStringFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/sms/email-sms-stripped-strings/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> StrippedStringDetailResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return StrippedStringDetailResponse.from_dict(payload)
