# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /alpha-tags`: Request an alpha tag."""

from collections.abc import Mapping
from typing import Any

from ...models.alpha_tag import AlphaTag
from ...models.alpha_tag_fields import AlphaTagFields


def request(
    *,
    body: AlphaTagFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/alpha-tags",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AlphaTag:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AlphaTag.from_dict(payload)
