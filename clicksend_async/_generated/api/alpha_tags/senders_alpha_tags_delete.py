# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`DELETE /alpha-tags/{alpha_tag_id}`: Delete an alpha tag."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.alpha_tag_deleted import AlphaTagDeleted


def request(
    alpha_tag_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/alpha-tags/{alpha_tag_id}".format(
            alpha_tag_id=quote(str(alpha_tag_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AlphaTagDeleted:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AlphaTagDeleted.from_dict(payload)
