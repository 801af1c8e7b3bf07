# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /lists`: Create new contact list."""

from collections.abc import Mapping
from typing import Any

from ...models.contact_list_fields import ContactListFields
from ...models.contact_list_response import ContactListResponse


def request(
    *,
    body: ContactListFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lists",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactListResponse.from_dict(payload)
