# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PATCH /own-numbers/{own_number_id}`: Update an own number."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.own_number import OwnNumber
from ...models.own_number_update_fields import OwnNumberUpdateFields


def request(
    own_number_id: str,
    *,
    body: OwnNumberUpdateFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/own-numbers/{own_number_id}".format(
            own_number_id=quote(str(own_number_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> OwnNumber:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return OwnNumber.from_dict(payload)
