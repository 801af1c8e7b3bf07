# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email/addresses`: Create an allowed email address."""

from collections.abc import Mapping
from typing import Any

from ...models.allowed_email_address_create import AllowedEmailAddressCreate
from ...models.allowed_email_address_response import AllowedEmailAddressResponse


def request(
    *,
    body: AllowedEmailAddressCreate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email/addresses",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AllowedEmailAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AllowedEmailAddressResponse.from_dict(payload)
