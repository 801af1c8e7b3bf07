# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /email/address-verify/{email_address_id}/verify/{activation_token}`: Verify an allowed email address."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.allowed_email_address_response import AllowedEmailAddressResponse


def request(
    email_address_id: int,
    activation_token: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/email/address-verify/{email_address_id}/verify/{activation_token}".format(
            email_address_id=quote(str(email_address_id), safe=""),
            activation_token=quote(str(activation_token), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AllowedEmailAddressResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AllowedEmailAddressResponse.from_dict(payload)
