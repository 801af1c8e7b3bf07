# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /lists/{list_id}/import`: Import contacts to list."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_list_import import ContactListImport
from ...models.import_queued_response import ImportQueuedResponse


def request(
    list_id: int,
    *,
    body: ContactListImport,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lists/{list_id}/import".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ImportQueuedResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ImportQueuedResponse.from_dict(payload)
