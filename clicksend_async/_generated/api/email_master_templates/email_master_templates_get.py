# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /email/master-templates/{template_id}`: View a master email template."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.email_master_template_response import EmailMasterTemplateResponse


def request(
    template_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/email/master-templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> EmailMasterTemplateResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return EmailMasterTemplateResponse.from_dict(payload)
