# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email-campaigns/price`: Calculate the price of an email campaign."""

from collections.abc import Mapping
from typing import Any

from ...models.email_campaign_price_response import EmailCampaignPriceResponse
from ...models.email_campaign_send_request import EmailCampaignSendRequest


def request(
    *,
    body: EmailCampaignSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email-campaigns/price",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailCampaignPriceResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailCampaignPriceResponse.from_dict(payload)
