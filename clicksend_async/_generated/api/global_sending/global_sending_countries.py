# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /country-list`: List the countries to send to."""

from collections.abc import Mapping
from typing import Any

from ...models.global_sending_country_list_response import GlobalSendingCountryListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/country-list",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> GlobalSendingCountryListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return GlobalSendingCountryListResponse.from_dict(payload)
