# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email/history/export`: Export email history."""

from collections.abc import Mapping
from typing import Any

from ...models.email_history_export_response import EmailHistoryExportResponse
from ...types import UNSET, Unset


def request(
    *,
    filename: str,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["filename"] = filename

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email/history/export",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailHistoryExportResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailHistoryExportResponse.from_dict(payload)
