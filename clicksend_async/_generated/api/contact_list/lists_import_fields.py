# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /lists/{list_id}/import-fields`: List the fields a contact import takes."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_list_import_fields_response import ContactListImportFieldsResponse


def request(
    list_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lists/{list_id}/import-fields".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactListImportFieldsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactListImportFieldsResponse.from_dict(payload)
