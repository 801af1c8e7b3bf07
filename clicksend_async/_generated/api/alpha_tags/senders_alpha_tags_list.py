# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`GET /alpha-tags`: List alpha tags."""

from collections.abc import Mapping
from typing import Any

from ...models.alpha_tag_page import AlphaTagPage
from ...models.senders_alpha_tags_list_sort_direction import SendersAlphaTagsListSortDirection
from ...types import UNSET, Unset


def request(
    *,
    offset: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: SendersAlphaTagsListSortDirection | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.build_request` for this call."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["page_size"] = page_size

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = SendersAlphaTagsListSortDirection(sort_direction).value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/alpha-tags",
        "params": params,
    }
    return _kwargs


def parse(payload: Mapping[str, Any]) -> AlphaTagPage:
    """The decoded JSON of a 200 answer, as its model (KeyError if a required key is missing)."""
    return AlphaTagPage.from_dict(payload)
