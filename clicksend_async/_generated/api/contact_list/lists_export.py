# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /lists/{list_id}/export`: Export a contact list."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.contact_list_export_response import ContactListExportResponse
from ...types import UNSET


def request(
    list_id: int,
    *,
    filename: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/lists/{list_id}/export".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ContactListExportResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ContactListExportResponse.from_dict(payload)
