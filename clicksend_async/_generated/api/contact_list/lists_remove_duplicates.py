# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /lists/{list_id}/remove-duplicates`: Remove duplicate contacts."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.deleted_count_response import DeletedCountResponse
from ...models.remove_duplicates_fields import RemoveDuplicatesFields
from ...types import UNSET, Unset


def request(
    list_id: int,
    *,
    body: RemoveDuplicatesFields | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/lists/{list_id}/remove-duplicates".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DeletedCountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DeletedCountResponse.from_dict(payload)
