# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}`: Transfer contact to another list."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_response import ContactResponse


def request(
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}".format(
            from_list_id=quote(str(from_list_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
            to_list_id=quote(str(to_list_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactResponse.from_dict(payload)
