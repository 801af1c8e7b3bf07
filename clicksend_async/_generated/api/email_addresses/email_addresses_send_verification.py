# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /email/address-verify/{email_address_id}/send`: Send an email verification token."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_no_data_response import EmailNoDataResponse


def request(
    email_address_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/email/address-verify/{email_address_id}/send".format(
            email_address_id=quote(str(email_address_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailNoDataResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailNoDataResponse.from_dict(payload)
