# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /lists/{list_id}/contacts`: Create new contact."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_fields import ContactFields
from ...models.contact_response import ContactResponse


def request(
    list_id: int,
    *,
    body: ContactFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lists/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactResponse.from_dict(payload)
