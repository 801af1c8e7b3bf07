# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`DELETE /subaccounts/{subaccount_id}`: Delete a subaccount."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.done_response import DoneResponse


def request(
    subaccount_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/subaccounts/{subaccount_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DoneResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DoneResponse.from_dict(payload)
