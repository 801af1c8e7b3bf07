# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /account`: Update the account."""

from collections.abc import Mapping
from typing import Any

from ...models.account_response import AccountResponse
from ...models.account_update import AccountUpdate


def request(
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/account",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AccountResponse.from_dict(payload)
