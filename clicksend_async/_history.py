"""Looking messages up in the history by the marker they carry in `custom_string`.

What reconciling a lost batch costs: one search by the markers' common prefix, read in pages of
100 a few at once, when that takes no more pages than searching each marker on its own; else
one search per marker. ClickSend searches a part of a field's text, not case-sensitive; the
items found are then matched exactly, here.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import anyio

from ._generated.types import Unset
from ._pagination import Page
from ._query import Search
from ._sending import SendManyResult

#: Seconds added to each side of a history look-up's window (clocks differ).
WINDOW_MARGIN = 300
#: Items per history page (ClickSend's most).
PAGE_LIMIT = 100
#: History pages fetched at once while reconciling one batch.
LOOKUP_CONCURRENCY = 4
#: Pages a look-up of one marker may take before the SDK gives up on telling.
MAX_MARKER_PAGES = 5

_SEPARATORS = re.compile(r"[,:]")


def given(value: object) -> Any:
    """None for an absent (Unset) field, else the value."""
    return None if isinstance(value, Unset) else value


def key(value: object) -> str:
    """A marker as compared: stripped (ClickSend strips what it keeps)."""
    return value.strip() if isinstance(value, str) else ""


def _prefix(markers: Iterable[str]) -> str:
    """The markers' longest common prefix, cut before any `,` or `:` (a search cannot hold them)."""
    items = list(markers)
    if not items:
        return ""
    low, high = min(items), max(items)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return _SEPARATORS.split(low[:n])[0]


def _searchable(marker: str) -> str:
    """The longest piece of a marker a search can carry (the search matches a part)."""
    return max(_SEPARATORS.split(marker), key=len)


class History:
    """The look-ups of one run, counted in its result.

    Args:
        list_page: The history's `list` (page, limit, date_from, date_to, search).
        result: Where the requests are counted.
        claimed: Message ids already given to a message of the run (never matched again).
    """

    def __init__(
        self,
        list_page: Callable[..., Awaitable[Page[Any]]],
        result: SendManyResult,
        claimed: set[str],
    ) -> None:
        self.list = list_page
        self.result = result
        self.claimed = claimed

    async def find(
        self, markers: Mapping[str, int], since: float, *, partial: bool
    ) -> tuple[dict[int, list[Any]], set[int]]:
        """Find markers in the history of messages sent since `since`.

        One search by their common prefix when that takes fewer pages than one search per
        marker, else one search per marker.
        `partial` searches one marker by a proper part of it (all but its first character), so
        that finding it proves the search matches a part of the field, as the look-ups of
        batches need; no other way is tried.
        """
        window = {
            "date_from": max(0, int(since) - WINDOW_MARGIN),
            "date_to": int(time.time()) + WINDOW_MARGIN,
        }
        if partial:
            (marker,) = markers
            part = _searchable(marker[1:] or marker)
            items = await self.walk(part, window, budget=MAX_MARKER_PAGES)
            if items is None:  # too many to read: the check proves nothing
                return {}, set()
        else:
            items = await self.walk(_prefix(markers), window, budget=len(markers))
        unsure: set[int] = set()
        if items is None:
            items = []
            limiter = anyio.CapacityLimiter(LOOKUP_CONCURRENCY)

            async def one(marker: str) -> None:
                async with limiter:
                    found = await self.walk(_searchable(marker), window, budget=MAX_MARKER_PAGES)
                if found is None:
                    unsure.add(markers[marker])
                else:
                    items.extend(found)

            async with anyio.create_task_group() as group:
                for marker in markers:
                    group.start_soon(one, marker)
        hits: dict[int, list[Any]] = defaultdict(list)
        for item in items:
            index = markers.get(key(given(item.custom_string)))
            if index is None or given(item.direction) == "in" or index in unsure:
                continue
            if not partial and str(item.message_id) in self.claimed:
                continue
            hits[index].append(item)
        return dict(hits), unsure

    async def walk(
        self, prefix: str, window: Mapping[str, int], *, budget: int
    ) -> list[Any] | None:
        """Every history item the search finds in the window.

        None if that takes over `budget` pages beyond the first.
        """
        search = Search(custom_string=prefix) if prefix else None

        async def page(number: int) -> Page[Any]:
            self.result.requests += 1
            self.result.lookups += 1
            return await self.list(page=number, limit=PAGE_LIMIT, search=search, **window)

        first = await page(1)
        if first.last_page - 1 > budget:
            return None
        pages: dict[int, list[Any]] = {1: list(first.items)}
        limiter = anyio.CapacityLimiter(LOOKUP_CONCURRENCY)

        async def fetch(number: int) -> None:
            async with limiter:
                pages[number] = list((await page(number)).items)

        async with anyio.create_task_group() as group:
            for number in range(2, first.last_page + 1):
                group.start_soon(fetch, number)
        return [item for number in sorted(pages) for item in pages[number]]
