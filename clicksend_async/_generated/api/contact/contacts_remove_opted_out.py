# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}`: Remove all opted out contacts."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.deleted_count_response import DeletedCountResponse


def request(
    list_id: int,
    opt_out_list_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}".format(
            list_id=quote(str(list_id), safe=""),
            opt_out_list_id=quote(str(opt_out_list_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DeletedCountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DeletedCountResponse.from_dict(payload)
