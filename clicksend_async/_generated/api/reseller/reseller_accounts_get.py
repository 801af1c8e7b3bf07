# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /reseller/accounts/{client_user_id}`: View a specific client account."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.reseller_account_response import ResellerAccountResponse


def request(
    client_user_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/reseller/accounts/{client_user_id}".format(
            client_user_id=quote(str(client_user_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ResellerAccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ResellerAccountResponse.from_dict(payload)
