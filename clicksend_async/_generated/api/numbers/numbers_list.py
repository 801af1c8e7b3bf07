# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /numbers`: View your numbers."""

from collections.abc import Mapping
from typing import Any

from ...models.number_page_response import NumberPageResponse
from ...models.numbers_list_excluding_number_type import NumbersListExcludingNumberType
from ...models.search_operator import SearchOperator
from ...types import UNSET, Unset


def request(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: SearchOperator | Unset = UNSET,
    q2: str | Unset = UNSET,
    excluding_number_type: NumbersListExcludingNumberType | Unset = UNSET,
    exclude_10dlc_campaign: bool | Unset = UNSET,
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

    params["q2"] = q2

    json_excluding_number_type: str | Unset = UNSET
    if not isinstance(excluding_number_type, Unset):
        json_excluding_number_type = NumbersListExcludingNumberType(excluding_number_type).value

    params["excluding_number_type"] = json_excluding_number_type

    params["exclude_10dlc_campaign"] = exclude_10dlc_campaign

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/numbers",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> NumberPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return NumberPageResponse.from_dict(payload)
