# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`POST /numbers/registrations/number-types/{number_type}/country/{country_code}`: Register numbers."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.number_register_fields import NumberRegisterFields
from ...models.number_register_response import NumberRegisterResponse


def request(
    number_type: str,
    country_code: str,
    *,
    body: NumberRegisterFields,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/numbers/registrations/number-types/{number_type}/country/{country_code}".format(
            number_type=quote(str(number_type), safe=""),
            country_code=quote(str(country_code), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(payload: Mapping[str, Any]) -> NumberRegisterResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return NumberRegisterResponse.from_dict(payload)
