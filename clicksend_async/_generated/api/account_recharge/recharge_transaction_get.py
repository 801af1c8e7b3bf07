# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /recharge/transactions/{transaction_id}`: Get specific Transaction."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.transaction_response import TransactionResponse


def request(
    transaction_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/recharge/transactions/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> TransactionResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return TransactionResponse.from_dict(payload)
