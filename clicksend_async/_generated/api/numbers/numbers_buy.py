# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /numbers/buy/{dedicated_number}`: Purchase a dedicated number."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.number_buy_fields import NumberBuyFields
from ...models.number_purchase_response import NumberPurchaseResponse


def request(
    dedicated_number: str,
    *,
    body: NumberBuyFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/numbers/buy/{dedicated_number}".format(
            dedicated_number=quote(str(dedicated_number), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> NumberPurchaseResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return NumberPurchaseResponse.from_dict(payload)
