# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /account-verify/verify/{activation_token}`: Verify new account."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.account_response import AccountResponse


def request(
    activation_token: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/account-verify/verify/{activation_token}".format(
            activation_token=quote(str(activation_token), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AccountResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AccountResponse.from_dict(payload)
