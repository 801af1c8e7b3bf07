# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /numbers/search/{country}`: View available numbers."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.number_available_page_response import NumberAvailablePageResponse
from ...types import UNSET, Unset


def request(
    country: str,
    *,
    search: str | Unset = UNSET,
    search_type: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["search"] = search

    params["search_type"] = search_type

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/numbers/search/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> NumberAvailablePageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return NumberAvailablePageResponse.from_dict(payload)
