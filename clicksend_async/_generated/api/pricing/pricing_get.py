# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /pricing/{country}`: Get the prices of a country."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.pricing_response import PricingResponse
from ...types import UNSET, Unset


def request(
    country: str,
    *,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/pricing/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PricingResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PricingResponse.from_dict(payload)
