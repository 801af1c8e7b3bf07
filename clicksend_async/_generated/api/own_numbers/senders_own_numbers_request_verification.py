# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /own-numbers/verifications`: Request an own-number verification code."""

from collections.abc import Mapping
from typing import Any

from ...models.own_number_verification import OwnNumberVerification
from ...models.own_number_verification_request import OwnNumberVerificationRequest


def request(
    *,
    body: OwnNumberVerificationRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/own-numbers/verifications",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> OwnNumberVerification:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return OwnNumberVerification.from_dict(payload)
