# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /account/usage/{year}/{month}/subaccount`: Get account usage."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.usage_response import UsageResponse


def request(
    year: str,
    month: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/account/usage/{year}/{month}/subaccount".format(
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> UsageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return UsageResponse.from_dict(payload)
