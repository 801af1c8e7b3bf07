# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email-campaigns/{email_campaign_id}/history/export`: Export the history of an email campaign."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_history_export_response import EmailHistoryExportResponse
from ...types import UNSET, Unset


def request(
    email_campaign_id: int,
    *,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email-campaigns/{email_campaign_id}/history/export".format(
            email_campaign_id=quote(str(email_campaign_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailHistoryExportResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailHistoryExportResponse.from_dict(payload)
