"""Paginated listings: `page`/`limit`, `q`/`operator` search, `order_by`, and the page object.

The rules, from "Pagination" and "Searching and Sorting" in the ClickSend docs:

- `page` (default 1) and `limit` (default 15). `limit` is clamped into 15..100 and `page` below
  1 counts as 1, as the docs' "Min 15, Max 100" describe the page sizes one gets; a value that
  is not a whole number answers 400 BAD_REQUEST. A page past the last one is empty.
- `q=field:value,field2:value2`: each value is searched for, case-insensitively, as a part of
  the field's text (numbers are searched as their digits, null as the empty text). Any field of
  the listed objects can be searched; an unknown one answers 400 BAD_REQUEST.
- `operator=AND` (default; every pair matches) or `OR` (any pair matches), in any case.
- `order_by=field:asc|desc` on any field of the listed objects: numbers by value, text
  case-insensitively, nulls first when ascending. Without it, items keep their natural order.
- The page object carries `total`, `per_page`, `current_page`, `last_page`, `next_page_url`,
  `prev_page_url` (full URLs keeping the other query parameters; null when there is no such
  page), `from` and `to` (null on an empty page).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from .._generated.models import Page
from ._protocol import bad_request

DEFAULT_PAGE_SIZE = 15
MIN_PAGE_SIZE = 15
MAX_PAGE_SIZE = 100

Item = Mapping[str, Any]
T = TypeVar("T")


def _whole_number(query: Mapping[str, str], name: str) -> int | None:
    text = query.get(name, "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise bad_request(f"{name} must be a whole number, got {text[:40]!r}") from None


def page_and_limit(query: Mapping[str, str]) -> tuple[int, int]:
    """`page` (at least 1) and `limit` (clamped into 15..100) of a listing request."""
    page = _whole_number(query, "page")
    limit = _whole_number(query, "limit")
    page = 1 if page is None or page < 1 else page
    limit = DEFAULT_PAGE_SIZE if limit is None else min(max(limit, MIN_PAGE_SIZE), MAX_PAGE_SIZE)
    return page, limit


def whole_number(query: Mapping[str, str], name: str) -> int | None:
    """A query parameter that must be a whole number of at least 0, if given."""
    value = _whole_number(query, name)
    if value is not None and value < 0:
        raise bad_request(f"{name} must be at least 0, got {value}")
    return value


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _sort_key(field: str) -> Callable[[Item], tuple[bool, Any]]:
    def key(item: Item) -> tuple[bool, Any]:
        value = item.get(field)
        if value is None:
            return (False, 0)
        if isinstance(value, int | float):
            return (True, value)
        return (True, str(value).casefold())

    return key


def search_and_sort(
    items: Sequence[Item], query: Mapping[str, str], fields: Sequence[str]
) -> Sequence[Item]:
    """Apply `q`, `operator` and `order_by` to rendered items.

    Args:
        items: The items as the API shows them, in their natural order.
        query: The request's query parameters.
        fields: The fields of the listed objects (what may be searched and sorted by).

    Raises:
        ApiError: 400 BAD_REQUEST for a malformed parameter or an unknown field.
    """
    known = set(fields)
    q = query.get("q", "")
    operator = query.get("operator", "AND").strip().upper() or "AND"
    if operator not in ("AND", "OR"):
        raise bad_request(f'operator must be "AND" or "OR", got {operator[:20]!r}')
    if q:
        pairs: list[tuple[str, str]] = []
        for pair in q.split(","):
            name, colon, value = pair.partition(":")
            name = name.strip()
            if not colon:
                raise bad_request(f"q must be field:value pairs joined by commas, got {pair!r}")
            if name not in known:
                raise bad_request(
                    f"cannot search by {name!r}: the fields are {', '.join(sorted(known))}"
                )
            pairs.append((name, value.strip().casefold()))
        match = all if operator == "AND" else any
        items = [
            item
            for item in items
            if match(needle in _text(item.get(name)).casefold() for name, needle in pairs)
        ]
    order_by = query.get("order_by", "")
    if order_by:
        name, _, direction = order_by.partition(":")
        name, direction = name.strip(), direction.strip().lower()
        if name not in known:
            raise bad_request(
                f"cannot order by {name!r}: the fields are {', '.join(sorted(known))}"
            )
        if direction not in ("asc", "desc"):
            raise bad_request(f"order_by must be field:asc or field:desc, got {order_by!r}")
        items = sorted(items, key=_sort_key(name), reverse=direction == "desc")
    return items


class ListingCache:
    """The last searched-and-sorted listings, reused while the store has not changed.

    Walking a list of 10,000 contacts page by page with the same `q`/`order_by` would otherwise
    render, search and sort all of them once per page.

    Args:
        size: How many listings to keep.
    """

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._entries: dict[tuple[object, ...], tuple[int, Sequence[Item]]] = {}

    def get(self, key: tuple[object, ...], generation: int) -> Sequence[Item] | None:
        """The cached listing for `key`, if it was made at `generation`."""
        entry = self._entries.get(key)
        return entry[1] if entry is not None and entry[0] == generation else None

    def put(self, key: tuple[object, ...], generation: int, items: Sequence[Item]) -> None:
        """Keep a listing made at `generation`."""
        if len(self._entries) >= self._size:
            self._entries.pop(next(iter(self._entries)))
        self._entries[key] = (generation, items)


def page_object(
    records: Sequence[T],
    render: Callable[[T], Item],
    *,
    fields: Sequence[str],
    query: Sequence[tuple[str, str]],
    url: str,
    cache: ListingCache,
    cache_key: tuple[object, ...],
    generation: int,
) -> dict[str, Any]:
    """One page of a listing, as the `data` of a paginated answer.

    Only the page's records are rendered, unless `q` or `order_by` need every one of them.

    Args:
        records: Every record of the listing, in natural order.
        render: Shows one record as the API does.
        fields: The fields of the listed objects (what `q` and `order_by` may name).
        query: The request's query parameters, in order; kept in the page URLs but `page`.
        url: The listing's URL without its query, for `next_page_url`/`prev_page_url`.
        cache: Where searched-and-sorted listings are kept.
        cache_key: What identifies this listing (account, operation, path parameters).
        generation: The store's generation, to tell a stale cached listing.

    Raises:
        ApiError: 400 BAD_REQUEST for a malformed parameter or an unknown field.
    """
    params = dict(query)
    page, limit = page_and_limit(params)
    start = (page - 1) * limit
    items: Sequence[Item]
    if params.get("q") or params.get("order_by") or params.get("operator"):
        key = (
            *cache_key,
            params.get("q", ""),
            params.get("operator", ""),
            params.get("order_by", ""),
        )
        found = cache.get(key, generation)
        if found is None:
            found = search_and_sort([render(record) for record in records], params, fields)
            cache.put(key, generation, found)
        items = found
        total = len(items)
        chunk = list(items[start : start + limit])
    else:
        total = len(records)
        chunk = [render(record) for record in records[start : start + limit]]
    last_page = max(1, math.ceil(total / limit))
    kept = [(name, value) for name, value in query if name != "page"]

    def link(number: int) -> str:
        return f"{url}?{urlencode([*kept, ('page', str(number))])}"

    shown = Page(
        total=total,
        per_page=limit,
        current_page=page,
        last_page=last_page,
        next_page_url=link(page + 1) if page < last_page else None,
        prev_page_url=link(page - 1) if page > 1 else None,
        from_=start + 1 if chunk else None,
        to=start + len(chunk) if chunk else None,
    ).to_dict()
    shown["data"] = chunk
    return shown
