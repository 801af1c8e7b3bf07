# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /fax/history/export`: Export fax history."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_export_response import SmsExportResponse
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
        "url": "/fax/history/export",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsExportResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsExportResponse.from_dict(payload)
