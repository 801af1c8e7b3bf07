# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /user-countries`: Select countries for sending."""

from collections.abc import Mapping
from typing import Any

from ...models.global_sending_select_request import GlobalSendingSelectRequest
from ...models.global_sending_user_country_list_response import GlobalSendingUserCountryListResponse


def request(
    *,
    body: GlobalSendingSelectRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/user-countries",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> GlobalSendingUserCountryListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return GlobalSendingUserCountryListResponse.from_dict(payload)
