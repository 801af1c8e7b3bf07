# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /email/templates/{template_id}`: Update an email template."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_template_response import EmailTemplateResponse
from ...models.email_template_update import EmailTemplateUpdate


def request(
    template_id: int,
    *,
    body: EmailTemplateUpdate,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/email/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailTemplateResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailTemplateResponse.from_dict(payload)
