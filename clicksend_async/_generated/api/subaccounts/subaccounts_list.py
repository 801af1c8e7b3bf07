# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /subaccounts`: View subaccounts."""

from collections.abc import Mapping
from typing import Any

from ...models.search_operator import SearchOperator
from ...models.subaccount_page_response import SubaccountPageResponse
from ...types import UNSET, Unset


def request(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: SearchOperator | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["q"] = q

    json_operator: str | Unset = UNSET
    if not isinstance(operator, Unset):
        json_operator = SearchOperator(operator).value

    params["operator"] = json_operator

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/subaccounts",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> SubaccountPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return SubaccountPageResponse.from_dict(payload)
