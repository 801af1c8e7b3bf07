# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /post/letters/history/export`: Export the history of post letters."""

from collections.abc import Mapping
from typing import Any

from ...models.post_history_export_response import PostHistoryExportResponse
from ...types import UNSET


def request(
    *,
    filename: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/post/letters/history/export",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PostHistoryExportResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PostHistoryExportResponse.from_dict(payload)
