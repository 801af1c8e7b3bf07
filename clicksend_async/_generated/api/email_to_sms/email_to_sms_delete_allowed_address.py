# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`DELETE /sms/email-sms/{email_address_id}`: Delete an email to sms allowed address."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.empty_response import EmptyResponse


def request(
    email_address_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/sms/email-sms/{email_address_id}".format(
            email_address_id=quote(str(email_address_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmptyResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmptyResponse.from_dict(payload)
