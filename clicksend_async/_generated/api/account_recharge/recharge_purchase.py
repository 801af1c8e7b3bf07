# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`PUT /recharge/purchase/{package_id}`: Purchase a package."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...models.purchase_response import PurchaseResponse


def request(
    package_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/recharge/purchase/{package_id}".format(
            package_id=quote(str(package_id), safe=""),
        ),
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> PurchaseResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return PurchaseResponse.from_dict(payload)
