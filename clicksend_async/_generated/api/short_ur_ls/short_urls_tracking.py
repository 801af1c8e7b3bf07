# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /short-url/tracking/{long_url_id}`: Get short-URL tracking."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.short_url_tracking_page import ShortUrlTrackingPage
from ...types import UNSET, Unset


def request(
    long_url_id: str,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/short-url/tracking/{long_url_id}".format(
            long_url_id=quote(str(long_url_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ShortUrlTrackingPage:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ShortUrlTrackingPage.from_dict(payload)
