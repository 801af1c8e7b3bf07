# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /email-campaigns/{email_campaign_id}/cancel`: Cancel an email campaign."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_campaign_response import EmailCampaignResponse


def request(
    email_campaign_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/email-campaigns/{email_campaign_id}/cancel".format(
            email_campaign_id=quote(str(email_campaign_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailCampaignResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailCampaignResponse.from_dict(payload)
