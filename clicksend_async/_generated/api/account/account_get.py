# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /account`: Get account information."""

from collections.abc import Mapping
from typing import Any

from ...models.account_response import AccountResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/account",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AccountResponse.from_dict(payload)
