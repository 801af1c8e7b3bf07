# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /search/contacts-lists`: Search contacts and contact lists."""

from collections.abc import Mapping
from typing import Any

from ...models.search_result_page_response import SearchResultPageResponse
from ...types import UNSET, Unset


def request(
    *,
    q: str,
    page: int | Unset = 1,
    limit: int | Unset = 15,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["q"] = q

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/search/contacts-lists",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SearchResultPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SearchResultPageResponse.from_dict(payload)
