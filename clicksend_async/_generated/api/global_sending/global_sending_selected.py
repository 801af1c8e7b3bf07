# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /user-countries`: Get the countries selected for sending."""

from collections.abc import Mapping
from typing import Any

from ...models.global_sending_user_country_list_response import GlobalSendingUserCountryListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/user-countries",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> GlobalSendingUserCountryListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return GlobalSendingUserCountryListResponse.from_dict(payload)
