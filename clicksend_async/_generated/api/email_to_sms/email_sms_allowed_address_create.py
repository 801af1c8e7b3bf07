# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/email-sms`: Create email to sms allowed address."""

from collections.abc import Mapping
from typing import Any

from ...models.allowed_address_fields import AllowedAddressFields
from ...models.allowed_address_response import AllowedAddressResponse


def request(
    *,
    body: AllowedAddressFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/email-sms",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AllowedAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AllowedAddressResponse.from_dict(payload)
