# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /subaccounts`: Create a subaccount."""

from collections.abc import Mapping
from typing import Any

from ...models.subaccount_create import SubaccountCreate
from ...models.subaccount_response import SubaccountResponse


def request(
    *,
    body: SubaccountCreate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/subaccounts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SubaccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SubaccountResponse.from_dict(payload)
