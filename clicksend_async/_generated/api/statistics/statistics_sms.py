# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /statistics/sms`: View SMS statistics."""

from collections.abc import Mapping
from typing import Any

from ...models.statistics_response import StatisticsResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/statistics/sms",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> StatisticsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return StatisticsResponse.from_dict(payload)
