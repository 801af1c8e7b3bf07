# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /reseller/accounts`: Create a client account."""

from collections.abc import Mapping
from typing import Any

from ...models.reseller_account_fields import ResellerAccountFields
from ...models.reseller_account_response import ResellerAccountResponse


def request(
    *,
    body: ResellerAccountFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/reseller/accounts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ResellerAccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ResellerAccountResponse.from_dict(payload)
