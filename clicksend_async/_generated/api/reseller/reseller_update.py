# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /reseller`: Update the reseller settings."""

from collections.abc import Mapping
from typing import Any

from ...models.reseller_settings_fields import ResellerSettingsFields
from ...models.reseller_settings_response import ResellerSettingsResponse


def request(
    *,
    body: ResellerSettingsFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/reseller",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> ResellerSettingsResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return ResellerSettingsResponse.from_dict(payload)
