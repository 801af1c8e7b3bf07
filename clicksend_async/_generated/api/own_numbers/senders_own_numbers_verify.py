# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /own-numbers/verifications/{verification_id}/verify`: Verify an own number with its code."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.own_number_verification import OwnNumberVerification
from ...models.own_number_verify_fields import OwnNumberVerifyFields


def request(
    verification_id: str,
    *,
    body: OwnNumberVerifyFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/own-numbers/verifications/{verification_id}/verify".format(
            verification_id=quote(str(verification_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> OwnNumberVerification:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return OwnNumberVerification.from_dict(payload)
