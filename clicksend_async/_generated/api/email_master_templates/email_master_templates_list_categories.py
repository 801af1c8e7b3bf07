# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email/master-templates-categories`: View master template categories."""

from collections.abc import Mapping
from typing import Any

from ...models.email_template_category_list_response import EmailTemplateCategoryListResponse


def request() -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email/master-templates-categories",
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailTemplateCategoryListResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailTemplateCategoryListResponse.from_dict(payload)
