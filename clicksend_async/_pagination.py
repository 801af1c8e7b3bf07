"""Pages of paginated calls: `Page` / `CursorPage` (one page) and `AsyncPaginator` (every item).

Most ClickSend listings number their pages from 1 and tell, on each, the `last_page`. The
paginator reads the first page, then fetches up to `concurrency` later pages at once and yields
their items in page order. It holds at most `concurrency` pages in memory and stops at
`last_page`: it never asks for an empty page to find the end.

The newer listings (alpha tags, own numbers, default senders, short-URL tracking) page by a
cursor instead: each page gives the URL of the next (`CursorPage.next_query` is its query), or
none on the last. The same paginator follows it, one page at a time, as only then is the next
known.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Generic, Protocol, TypeVar, cast
from urllib.parse import parse_qsl

import anyio
import attrs

from ._exceptions import ClickSendError

__all__ = ["DEFAULT_PAGE_CONCURRENCY", "AsyncPaginator", "CursorPage", "Page"]

#: Pages `iter()` keeps in flight once it knows how many there are. Measured (`make bench`):
#: at 20 ms a page, parsing 100 contacts a page makes the client CPU-bound near 8, so more
#: pages at once would mostly add load on ClickSend, whose rate limit is not published.
DEFAULT_PAGE_CONCURRENCY = 8

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
        """The page a generated page model describes.

        Raises:
            TypeError: A counter that is not a whole number (iteration steers by them).
        """
        for name in ("total", "per_page", "current_page", "last_page"):
            value = getattr(model, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"the page's {name} is {type(value).__name__}, not int")
        return cls(
            items=list(model.data),
            total=model.total,
            per_page=model.per_page,
            current_page=model.current_page,
            last_page=model.last_page,
        )


@attrs.frozen(slots=True)
class CursorPage(Generic[T]):
    """One page of a listing that pages by a cursor (alpha tags, own numbers, ...).

    Attributes:
        items: The page's items.
        next_query: The query of the next page's URL (its offset or cursor); None on the last.
        total: How many items all pages hold, where ClickSend says.
    """

    items: list[T]
    next_query: Mapping[str, str] | None
    total: int | None = None

    @property
    def has_next(self) -> bool:
        """Whether a later page exists."""
        return self.next_query is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def of(cls, items: Sequence[T], next_url: object, total: object = None) -> CursorPage[T]:
        """The page of a cursor listing, from its items and its link to the next page.

        Raises:
            TypeError: A next link that is not a URL, or a total that is not a whole number.
        """
        if next_url is None or next_url == "":
            query = None
        elif isinstance(next_url, str):
            # Not urlsplit: ClickSend's cursors hold an unescaped `#` (offset=<uuid>#<uuid>),
            # which a URL parser takes for the start of a fragment.
            query = dict(parse_qsl(next_url.partition("?")[2], keep_blank_values=True))
        else:
            raise TypeError(f"the next page's link is {type(next_url).__name__}, not a URL")
        if total is not None and (isinstance(total, bool) or not isinstance(total, int)):
            raise TypeError(f"the page's total is {type(total).__name__}, not int")
        return cls(items=list(items), next_query=query, total=total)


def dig(payload: Mapping[str, object], path: tuple[str, ...]) -> object:
    """The value at a path of keys in decoded JSON, or None where a key is missing."""
    value: object = payload
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


AnyPage = Page[T] | CursorPage[T]
#: Where the next page is: a page number, or the query of a cursor page's next link.
Where = int | Mapping[str, str]
#: Gets the page at a `Where`.
Fetch = Callable[[Where], Awaitable[AnyPage[T]]]

#: Starts `fn(*args)` in a task that may outlive the caller's frame; False when it cannot.
Spawn = Callable[..., bool]


class _Slot(Generic[T]):
    """One page being fetched in the background: its result, or its error, once done."""

    __slots__ = ("done", "error", "page", "scope")

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.scope = anyio.CancelScope()
        self.page: AnyPage[T] | None = None
        self.error: Exception | None = None

    async def run(self, fetch: Fetch[T], number: int) -> None:
        try:
            with self.scope:
                try:
                    self.page = await fetch(number)
                except Exception as error:  # handed to the reader of this page, in page order
                    self.error = error
        finally:
            # Cancelled from outside (the client's block ended): the reader must not wait on.
            if self.page is None and self.error is None:
                self.error = ClickSendError(
                    f"page {number} was not fetched: the ClickSend `async with` block it was "
                    "fetched in has ended"
                )
            self.done.set()

    async def result(self) -> AnyPage[T]:
        await self.done.wait()
        if self.error is not None:
            raise self.error
        return cast(AnyPage[T], self.page)  # a finished slot holds a page or an error


class AsyncPaginator(Generic[T]):
    """Every item of a paginated call, in order: `async for item in paginator`.

    Made by a resource's `iter...()` method; nothing is fetched until iteration starts, and
    each `async for` starts again from page 1. `pages()` iterates whole pages instead.
    Numbered pages are fetched as below; cursor pages (`CursorPage`) one after the other,
    each from the link of the one before, until a page has none.

    After the first page, up to `concurrency` pages are in flight or waiting to be read: as
    soon as one is handed out, the next is asked for (a sliding window), so the later pages
    load while this one is read. The fetches run in the task group of the client's
    `async with` block; a client used without `async with` has none, and fetches in batches
    of `concurrency` pages instead. The iterators are plain objects, not async generators:
    leaving the loop early leaves nothing to clean up but the pages already in flight, which
    finish (or end with the client's block). At most `concurrency` pages are fetched ahead of
    the page being read.

    Args:
        fetch: Gets one page: by number, or by the query of the previous page's next link.
        concurrency: Most pages fetched at once (1 walks strictly one page at a time).
        spawn: Starts a background task (the client's), or says it cannot.
    """

    def __init__(
        self,
        fetch: Fetch[T],
        concurrency: int,
        spawn: Spawn | None = None,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(
                f"concurrency must be a whole number of at least 1, got {concurrency!r}"
            )
        self._fetch = fetch
        self._concurrency = concurrency
        self._spawn = spawn

    def __aiter__(self) -> AsyncIterator[T]:
        return _Items(self._pages())

    def pages(self) -> AsyncIterator[AnyPage[T]]:
        """Every page, in order, up to the last page ClickSend reports."""
        return self._pages()

    def _pages(self) -> _Pages[T]:
        return _Pages(self._fetch, self._concurrency, self._spawn)


class _Pages(AsyncIterator[AnyPage[T]]):
    """The pages of one iteration.

    Page 1, then the rest through a window or in batches; or, for cursor pages, each from the
    link of the one before.
    """

    def __init__(self, fetch: Fetch[T], concurrency: int, spawn: Spawn | None) -> None:
        self._fetch = fetch
        self._concurrency = concurrency
        self._spawn = spawn
        self._next = self._last = 1
        self._window: dict[int, _Slot[T]] = {}
        self._batch: deque[AnyPage[T]] = deque()
        self._sliding = concurrency > 1 and spawn is not None
        self._done = False
        self._cursor: Mapping[str, str] | None = None
        # Every cursor followed so far: a link back to any of them would loop.
        self._followed: set[frozenset[tuple[str, str]]] = set()

    async def __anext__(self) -> AnyPage[T]:
        if self._done:
            raise StopAsyncIteration
        number = self._next
        try:
            if self._cursor is not None:
                page = await self._fetch(self._cursor)
            else:
                page = await self._page(number)
        except BaseException:
            await self.aclose()
            raise
        if isinstance(page, CursorPage):
            return await self._follow(page)
        self._next, self._last = number + 1, page.last_page
        # The list may grow or shrink while it is read: follow what ClickSend says now.
        if page.current_page >= page.last_page:
            await self.aclose()
        elif self._sliding:
            self._fill(number, page.last_page)
        return page

    async def _follow(self, page: CursorPage[T]) -> CursorPage[T]:
        """Note where the page after a cursor page is, or stop after it."""
        if page.next_query is None:
            await self.aclose()
        elif frozenset(page.next_query.items()) in self._followed:
            await self.aclose()
            raise ClickSendError(
                "ClickSend gave a page whose next link is the page itself or an earlier one: "
                "stopped rather than read it again"
            )
        else:
            self._cursor = page.next_query
            self._followed.add(frozenset(page.next_query.items()))
        return page

    async def _page(self, number: int) -> AnyPage[T]:
        if self._batch:
            return self._batch.popleft()
        slot = self._window.pop(number, None)
        if slot is not None:
            try:
                return await slot.result()
            except BaseException:
                slot.scope.cancel()  # e.g. the reader was cancelled: so is the page it awaited
                raise
        if number == 1 or self._sliding or self._concurrency == 1:
            return await self._fetch(number)
        batch = await self._fetch_batch(
            range(number, min(number + self._concurrency, self._last + 1))
        )
        self._batch.extend(batch[1:])
        return batch[0]

    def _fill(self, number: int, last: int) -> None:
        """Start the pages after `number` that fit in the window."""
        for ahead in range(
            max(self._window, default=number) + 1, min(last, number + self._concurrency) + 1
        ):
            slot: _Slot[T] = _Slot()
            if self._spawn is None or not self._spawn(slot.run, self._fetch, ahead):
                # The client's `async with` block has ended: read the rest in line.
                self._sliding = False
                return
            self._window[ahead] = slot

    async def _fetch_batch(self, numbers: range) -> list[AnyPage[T]]:
        """Fetch pages at once; on a failure, cancel the rest and raise the first in page order."""
        pages: list[AnyPage[T] | None] = [None] * len(numbers)
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

    async def aclose(self) -> None:
        """Stop: no more pages; those in flight are cancelled."""
        self._done = True
        self._batch.clear()
        for slot in self._window.values():
            slot.scope.cancel()
        self._window.clear()


class _Items(AsyncIterator[T]):
    """The items of the pages of one iteration, in order."""

    def __init__(self, pages: _Pages[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            self._items = iter((await self._pages.__anext__()).items)

    async def aclose(self) -> None:
        """Stop: no more items; the pages in flight are cancelled."""
        await self._pages.aclose()
