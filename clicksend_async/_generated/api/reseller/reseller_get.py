# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /reseller`: Get the reseller settings."""

from collections.abc import Mapping
from typing import Any

from ...models.reseller_settings_list_response import ResellerSettingsListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/reseller",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ResellerSettingsListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ResellerSettingsListResponse.from_dict(payload)
