# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /uploads`: Upload a file for conversion."""

from collections.abc import Mapping
from typing import Any

from ...models.upload_request import UploadRequest
from ...models.upload_response import UploadResponse
from ...models.uploads_create_convert import UploadsCreateConvert
from ...types import UNSET


def request(
    *,
    body: UploadRequest,
    convert: UploadsCreateConvert,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_convert = UploadsCreateConvert(convert).value
    params["convert"] = json_convert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/uploads",
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> UploadResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return UploadResponse.from_dict(payload)
