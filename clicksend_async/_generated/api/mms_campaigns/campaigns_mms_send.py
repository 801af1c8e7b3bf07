# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /mms-campaigns/send`: Send an MMS campaign."""

from collections.abc import Mapping
from typing import Any

from ...models.mms_campaign_response import MmsCampaignResponse
from ...models.mms_campaign_send_request import MmsCampaignSendRequest


def request(
    *,
    body: MmsCampaignSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/mms-campaigns/send",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> MmsCampaignResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return MmsCampaignResponse.from_dict(payload)
