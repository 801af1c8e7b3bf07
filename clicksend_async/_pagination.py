"""Pages of paginated calls: `Page` (one page) and `AsyncPaginator` (every item, all pages).

ClickSend numbers its pages from 1 and tells, on each, the `last_page`. The paginator reads the
first page, then fetches up to `concurrency` later pages at once and yields their items in page
order. It holds at most `concurrency` pages in memory and stops at `last_page`: it never asks
for an empty page to find the end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

import anyio
import attrs

__all__ = ["DEFAULT_PAGE_CONCURRENCY", "AsyncPaginator", "Page"]

#: Pages `iter()` fetches at once once it knows how many there are.
DEFAULT_PAGE_CONCURRENCY = 10

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageModel(Protocol[T_co]):
    """What every generated page model has (`ContactPage`, `TransactionPage`, ...)."""

    @property
    def data(self) -> Sequence[T_co]: ...
    @property
    def total(self) -> int: ...
    @property
    def per_page(self) -> int: ...
    @property
    def current_page(self) -> int: ...
    @property
    def last_page(self) -> int: ...


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One page of a paginated call.

    Attributes:
        items: The page's items.
        total: How many items all pages hold.
        per_page: Items per page (the `limit` asked for).
        current_page: This page's number, from 1.
        last_page: The last page's number.
    """

    items: list[T]
    total: int
    per_page: int
    current_page: int
    last_page: int

    @property
    def has_next(self) -> bool:
        """Whether a later page exists."""
        return self.current_page < self.last_page

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def of(cls, model: PageModel[T]) -> Page[T]:
        """The page a generated page model describes."""
        return cls(
            items=list(model.data),
            total=model.total,
            per_page=model.per_page,
            current_page=model.current_page,
            last_page=model.last_page,
        )


class AsyncPaginator(Generic[T]):
    """Every item of a paginated call, in order: `async for item in paginator`.

    Made by a resource's `iter...()` method; nothing is fetched until iteration starts.
    `pages()` iterates whole pages instead.

    Args:
        fetch: Gets one page by number.
        concurrency: Most pages fetched at once (1 walks strictly one page at a time).
    """

    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]], concurrency: int) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(
                f"concurrency must be a whole number of at least 1, got {concurrency!r}"
            )
        self._fetch = fetch
        self._concurrency = concurrency

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, in order, up to the last page ClickSend reports."""
        page = await self._fetch(1)
        yield page
        number, last = 2, page.last_page
        while number <= last:
            batch = await self._fetch_batch(
                range(number, min(number + self._concurrency, last + 1))
            )
            for page in batch:
                yield page
                # The list may grow or shrink while it is read: follow what ClickSend says now.
                last = page.last_page
                if page.current_page >= last:
                    return
            number += len(batch)

    async def _fetch_batch(self, numbers: range) -> list[Page[T]]:
        """Fetch pages at once; on a failure, cancel the rest and raise the first in page order."""
        pages: list[Page[T] | None] = [None] * len(numbers)
        errors: list[BaseException | None] = [None] * len(numbers)

        async def fetch(i: int, scope: anyio.CancelScope) -> None:
            try:
                pages[i] = await self._fetch(numbers[i])
            except Exception as error:  # re-raised below, unwrapped from any ExceptionGroup
                errors[i] = error
                scope.cancel()

        async with anyio.create_task_group() as group:
            for i in range(len(numbers)):
                group.start_soon(fetch, i, group.cancel_scope)
        for error in errors:
            if error is not None:
                raise error
        return [p for p in pages if p is not None]
