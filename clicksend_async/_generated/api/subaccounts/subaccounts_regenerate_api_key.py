# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /subaccounts/{subaccount_id}/regen-api-key`: Generate a new API key."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.subaccount_api_key_response import SubaccountApiKeyResponse


def request(
    subaccount_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/subaccounts/{subaccount_id}/regen-api-key".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SubaccountApiKeyResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SubaccountApiKeyResponse.from_dict(payload)
