# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email/templates`: Create an email template."""

from collections.abc import Mapping
from typing import Any

from ...models.email_template_create import EmailTemplateCreate
from ...models.email_template_response import EmailTemplateResponse


def request(
    *,
    body: EmailTemplateCreate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email/templates",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailTemplateResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailTemplateResponse.from_dict(payload)
