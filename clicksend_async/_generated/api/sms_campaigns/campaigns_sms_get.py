# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /sms-campaigns/{sms_campaign_id}`: View an SMS campaign."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.sms_campaign_response import SmsCampaignResponse


def request(
    sms_campaign_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sms-campaigns/{sms_campaign_id}".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsCampaignResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsCampaignResponse.from_dict(payload)
