# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /alpha-tags/{alpha_tag_id}`: Get an alpha tag."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.alpha_tag import AlphaTag


def request(
    alpha_tag_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/alpha-tags/{alpha_tag_id}".format(
            alpha_tag_id=quote(str(alpha_tag_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AlphaTag:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AlphaTag.from_dict(payload)
