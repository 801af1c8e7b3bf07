# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /mms-campaigns/{mms_campaign_id}`: Update an MMS campaign."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.mms_campaign_response import MmsCampaignResponse
from ...models.mms_campaign_send_request import MmsCampaignSendRequest


def request(
    mms_campaign_id: int,
    *,
    body: MmsCampaignSendRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/mms-campaigns/{mms_campaign_id}".format(
            mms_campaign_id=quote(str(mms_campaign_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> MmsCampaignResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return MmsCampaignResponse.from_dict(payload)
