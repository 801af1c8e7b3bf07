# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /countries`: Get all country codes."""

from collections.abc import Mapping
from typing import Any

from ...models.countries_response import CountriesResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/countries",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> CountriesResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return CountriesResponse.from_dict(payload)
