# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /sms-campaigns/{sms_campaign_id}/link-tracking`: View the link tracking of an SMS campaign."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.sms_campaign_link_tracking_page_response import SmsCampaignLinkTrackingPageResponse
from ...types import UNSET, Unset


def request(
    sms_campaign_id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 15,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/sms-campaigns/{sms_campaign_id}/link-tracking".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsCampaignLinkTrackingPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsCampaignLinkTrackingPageResponse.from_dict(payload)
