# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`DELETE /own-numbers/{own_number_id}`: Delete an own number."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.own_number import OwnNumber


def request(
    own_number_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/own-numbers/{own_number_id}".format(
            own_number_id=quote(str(own_number_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> OwnNumber:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return OwnNumber.from_dict(payload)
