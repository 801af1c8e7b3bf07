# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /account-verify/send`: Send account activation token."""

from collections.abc import Mapping
from typing import Any

from ...models.account_verify import AccountVerify
from ...models.verification_sent_response import VerificationSentResponse


def request(
    *,
    body: AccountVerify,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/account-verify/send",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> VerificationSentResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return VerificationSentResponse.from_dict(payload)
