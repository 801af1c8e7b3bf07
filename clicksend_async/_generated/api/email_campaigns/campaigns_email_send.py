# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email-campaigns/send`: Send an email campaign."""

from collections.abc import Mapping
from typing import Any

from ...models.email_campaign_send_request import EmailCampaignSendRequest
from ...models.email_campaign_send_response import EmailCampaignSendResponse


def request(
    *,
    body: EmailCampaignSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email-campaigns/send",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailCampaignSendResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailCampaignSendResponse.from_dict(payload)
