# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email/master-templates-categories/{category_id}`: View a master template category."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_template_category_response import EmailTemplateCategoryResponse


def request(
    category_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email/master-templates-categories/{category_id}".format(
            category_id=quote(str(category_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailTemplateCategoryResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailTemplateCategoryResponse.from_dict(payload)
