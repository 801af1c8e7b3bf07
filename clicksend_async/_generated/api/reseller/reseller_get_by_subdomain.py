# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /reseller/{subdomain}`: Get a reseller by subdomain."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.reseller_settings_response import ResellerSettingsResponse


def request(
    subdomain: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/reseller/{subdomain}".format(
            subdomain=quote(str(subdomain), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ResellerSettingsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ResellerSettingsResponse.from_dict(payload)
