# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /senders/compliant-sender-types`: List compliant sender types."""

from collections.abc import Mapping
from typing import Any

from ...models.default_sender_compliant_types_response import DefaultSenderCompliantTypesResponse
from ...types import UNSET, Unset


def request(
    *,
    filter_product_type: str,
    filter_country_code: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["filter[product_type]"] = filter_product_type

    json_filter_country_code: list[str] | Unset = UNSET
    if not isinstance(filter_country_code, Unset):
        json_filter_country_code = filter_country_code

    params["filter[country_code][]"] = json_filter_country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/senders/compliant-sender-types",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DefaultSenderCompliantTypesResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DefaultSenderCompliantTypesResponse.from_dict(payload)
