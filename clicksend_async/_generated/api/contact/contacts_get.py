# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /lists/{list_id}/contacts/{contact_id}`: Get a specific contact."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_response import ContactResponse


def request(
    list_id: int,
    contact_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lists/{list_id}/contacts/{contact_id}".format(
            list_id=quote(str(list_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactResponse.from_dict(payload)
