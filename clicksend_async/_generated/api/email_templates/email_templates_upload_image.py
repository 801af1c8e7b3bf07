# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /email/templates-images/{template_id}`: Upload an image for an email template."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_template_image_response import EmailTemplateImageResponse
from ...models.email_template_image_upload import EmailTemplateImageUpload


def request(
    template_id: int,
    *,
    body: EmailTemplateImageUpload,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/email/templates-images/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailTemplateImageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailTemplateImageResponse.from_dict(payload)
