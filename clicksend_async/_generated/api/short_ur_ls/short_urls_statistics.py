# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /short-url/statistics/{source}/{source_id}`: Get short-URL statistics."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.short_url_statistics import ShortUrlStatistics


def request(
    source: str,
    source_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/short-url/statistics/{source}/{source_id}".format(
            source=quote(str(source), safe=""),
            source_id=quote(str(source_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ShortUrlStatistics:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ShortUrlStatistics.from_dict(payload)
