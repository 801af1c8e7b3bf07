# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /timezones`: List the timezones."""

from collections.abc import Mapping
from typing import Any

from ...models.timezone_list_response import TimezoneListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/timezones",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> TimezoneListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return TimezoneListResponse.from_dict(payload)
