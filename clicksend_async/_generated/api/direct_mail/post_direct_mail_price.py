# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /post/direct-mail/campaigns/price`: Calculate the price of a direct mail campaign."""

from collections.abc import Mapping
from typing import Any

from ...models.direct_mail_campaign_request import DirectMailCampaignRequest
from ...models.direct_mail_price_response import DirectMailPriceResponse


def request(
    *,
    body: DirectMailCampaignRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/post/direct-mail/campaigns/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DirectMailPriceResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DirectMailPriceResponse.from_dict(payload)
