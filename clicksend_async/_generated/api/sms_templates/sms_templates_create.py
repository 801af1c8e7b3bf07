# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /sms/templates`: Create an SMS template."""

from collections.abc import Mapping
from typing import Any

from ...models.sms_template_fields import SmsTemplateFields
from ...models.sms_template_response import SmsTemplateResponse


def request(
    *,
    body: SmsTemplateFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sms/templates",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SmsTemplateResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SmsTemplateResponse.from_dict(payload)
