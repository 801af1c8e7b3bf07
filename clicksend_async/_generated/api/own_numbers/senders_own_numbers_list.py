# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /own-numbers`: List own numbers."""

from collections.abc import Mapping
from typing import Any

from ...models.own_number_page import OwnNumberPage
from ...models.senders_own_numbers_list_filterstatus_item import (
    SendersOwnNumbersListFilterstatusItem,
)
from ...models.senders_own_numbers_list_sort_direction import SendersOwnNumbersListSortDirection
from ...types import UNSET, Unset


def request(
    *,
    offset: str | Unset = UNSET,
    page_size: int | Unset = 10,
    filter_status: list[SendersOwnNumbersListFilterstatusItem] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SendersOwnNumbersListSortDirection | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["page_size"] = page_size

    json_filter_status: list[str] | Unset = UNSET
    if not isinstance(filter_status, Unset):
        json_filter_status = []
        for filterstatus_item_data in filter_status:
            filterstatus_item = SendersOwnNumbersListFilterstatusItem(filterstatus_item_data).value
            json_filter_status.append(filterstatus_item)

    params["filter[status][]"] = json_filter_status

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = SendersOwnNumbersListSortDirection(sort_direction).value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/own-numbers",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> OwnNumberPage:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return OwnNumberPage.from_dict(payload)
