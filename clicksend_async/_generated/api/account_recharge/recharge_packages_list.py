# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /recharge/packages`: Get list of all packages."""

from collections.abc import Mapping
from typing import Any

from ...models.packages_response import PackagesResponse
from ...types import UNSET, Unset


def request(
    *,
    country: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/recharge/packages",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PackagesResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PackagesResponse.from_dict(payload)
