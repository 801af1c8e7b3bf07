# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /lists/{list_id}/import-csv-preview`: Preview a CSV file to import."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_list_import_preview_request import ContactListImportPreviewRequest
from ...models.contact_list_import_preview_response import ContactListImportPreviewResponse


def request(
    list_id: int,
    *,
    body: ContactListImportPreviewRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/lists/{list_id}/import-csv-preview".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactListImportPreviewResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactListImportPreviewResponse.from_dict(payload)
