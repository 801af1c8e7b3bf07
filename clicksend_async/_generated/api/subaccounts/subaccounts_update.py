# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /subaccounts/{subaccount_id}`: Update a subaccount."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.subaccount_response import SubaccountResponse
from ...models.subaccount_update import SubaccountUpdate


def request(
    subaccount_id: int,
    *,
    body: SubaccountUpdate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/subaccounts/{subaccount_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SubaccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SubaccountResponse.from_dict(payload)
