# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /post/direct-mail/locations/search/{country}`: Search direct mail locations."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.direct_mail_location_page_response import DirectMailLocationPageResponse
from ...types import UNSET, Unset


def request(
    country: str,
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
        "url": "/post/direct-mail/locations/search/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DirectMailLocationPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DirectMailLocationPageResponse.from_dict(payload)
