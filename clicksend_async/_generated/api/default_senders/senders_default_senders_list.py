# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /senders/default-senders`: List default senders."""

from collections.abc import Mapping
from typing import Any

from ...models.default_sender_page_response import DefaultSenderPageResponse
from ...models.senders_default_senders_list_sort_direction import (
    SendersDefaultSendersListSortDirection,
)
from ...types import UNSET, Unset


def request(
    *,
    offset: str | Unset = UNSET,
    per_page: int | Unset = 10,
    sort_by: str | Unset = UNSET,
    sort_direction: SendersDefaultSendersListSortDirection | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["per_page"] = per_page

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = SendersDefaultSendersListSortDirection(sort_direction).value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/senders/default-senders",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> DefaultSenderPageResponse:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return DefaultSenderPageResponse.from_dict(payload)
