# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email/master-templates`: View master email templates."""

from collections.abc import Mapping
from typing import Any

from ...models.email_master_template_list_response import EmailMasterTemplateListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email/master-templates",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailMasterTemplateListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailMasterTemplateListResponse.from_dict(payload)
