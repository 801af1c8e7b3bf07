# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms-campaigns/price`: Calculate the price of an SMS campaign."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_campaign_price_response import SmsCampaignPriceResponse
from ...models.sms_campaign_send_request import SmsCampaignSendRequest


def request(
    *,
    body: SmsCampaignSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms-campaigns/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsCampaignPriceResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsCampaignPriceResponse.from_dict(payload)
