"""Bulk calls: one call per row, a bounded number at once, every row accounted for.

`run_bulk` never raises half-way and never drops a row: each row ends as a `BulkItem` that
holds either the call's result or its error, at the row's index. Rows that fail the call's own
argument checks fail without being sent. Rate limits are the client's business (its retries and
its `requests_per_second`); a call that is not safe to repeat is never repeated once it may
have been done, so such a row fails with an error whose `outcome_unknown` is True (an
`APIConnectionError`, or an `InternalServerError` for a 5xx), for the caller to reconcile.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator, Mapping
from typing import Generic, TypeVar, cast

import anyio
import attrs

from ._generated.types import Unset

__all__ = ["DEFAULT_BULK_CONCURRENCY", "BulkItem", "BulkResult", "ProgressCallback"]

#: Calls a bulk method keeps in flight at once.
DEFAULT_BULK_CONCURRENCY = 10

T = TypeVar("T")

#: `on_progress(done, total)`, called after each row.
ProgressCallback = Callable[[int, int], object]

logger = logging.getLogger("clicksend_async")


@attrs.frozen(slots=True)
class BulkItem(Generic[T]):
    """What became of one row.

    Attributes:
        index: The row's position in the input.
        row: The row as given.
        value: The call's result when it succeeded (None for calls that return nothing).
        error: Why it failed: a `ClickSendError`, or the `TypeError`/`ValueError` of a row
            that was never sent. None when it succeeded.
    """

    index: int
    row: object
    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.error is None


@attrs.frozen(slots=True)
class BulkResult(Generic[T]):
    """Every row's outcome, in input order (`items[i]` is row i)."""

    items: list[BulkItem[T]]

    @property
    def succeeded(self) -> list[BulkItem[T]]:
        """The rows whose call succeeded."""
        return [item for item in self.items if item.error is None]

    @property
    def failed(self) -> list[BulkItem[T]]:
        """The rows that failed, sent or not."""
        return [item for item in self.items if item.error is not None]

    def __iter__(self) -> Iterator[BulkItem[T]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        failed = len(self.failed)
        rows = len(self.items)
        return f"<BulkResult rows={rows} succeeded={rows - failed} failed={failed}>"


def row_values(
    row: object,
    shared: Mapping[str, object],
    row_params: tuple[str, ...],
    accepted: Collection[str],
) -> dict[str, object]:
    """A row as the arguments of one call: the bulk call's own arguments plus the row's.

    A mapping is taken as it is (an unknown key is then refused by the call's checks). A model
    (any generated one: the call's body model, or a `Contact` read back from `iter()`) gives
    the fields the call takes, and leaves the rest (`date_added`, ...). A row may repeat one of
    the bulk call's own arguments with the same value (a contact's `list_id`), not another.

    Raises:
        TypeError: A row that is not a mapping, a generated model or (for calls keyed by one
            path parameter) an int, or that sets one of the bulk call's own arguments apart.
    """
    values: dict[str, object]
    if isinstance(row, int) and not isinstance(row, bool) and len(row_params) == 1:
        values = {row_params[0]: row}
    elif isinstance(row, Mapping):
        values = dict(row)
    elif attrs.has(type(row)):
        values = {
            name: value
            for name, value in attrs.asdict(cast(attrs.AttrsInstance, row), recurse=False).items()
            if name in accepted and not isinstance(value, Unset)
        }
    else:
        raise TypeError(f"a row must be a mapping or a model, got {type(row).__name__}")
    clash = sorted(name for name in values.keys() & shared.keys() if values[name] != shared[name])
    if clash:
        raise TypeError(
            f"the row sets {', '.join(clash)} apart from the bulk call's own value for all rows"
        )
    return {**values, **shared}


async def run_bulk(
    call: Callable[[dict[str, object]], Awaitable[T]],
    rows: Iterable[object],
    shared: Mapping[str, object],
    *,
    row_params: tuple[str, ...],
    accepted: Collection[str],
    concurrency: int,
    on_progress: ProgressCallback | None,
) -> BulkResult[T]:
    """Run `call` once per row, `concurrency` at a time.

    Args:
        call: One call of the operation, given its arguments.
        rows: The rows (read once, up front).
        shared: Arguments common to every row.
        row_params: Path parameters each row carries.
        accepted: The call's arguments: what a model row gives.
        concurrency: Calls in flight at once.
        on_progress: Called as `on_progress(done, total)` after each row; if it raises, the
            error is logged and it is not called again (the rows go on).

    Returns:
        One `BulkItem` per row, in input order.
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number of at least 1, got {concurrency!r}")
    if isinstance(rows, str | bytes | Mapping):
        raise TypeError("rows must be an iterable of rows (a list of mappings, say), not one row")
    todo = list(rows)
    items: list[BulkItem[T] | None] = [None] * len(todo)
    done = 0
    progress = on_progress
    next_index = iter(range(len(todo)))

    async def one(index: int) -> BulkItem[T]:
        row = todo[index]
        try:
            values = row_values(row, shared, row_params, accepted)
            return BulkItem(index, row, value=await call(values))
        except Exception as error:  # every failure is the row's outcome, reported, not raised
            return BulkItem(index, row, error=error)

    async def worker() -> None:
        nonlocal done, progress
        for index in next_index:
            items[index] = await one(index)
            done += 1
            if progress is not None:
                try:
                    progress(done, len(todo))
                except Exception:
                    logger.exception("on_progress raised; the bulk call goes on without it")
                    progress = None

    async with anyio.create_task_group() as group:
        for _ in range(min(concurrency, len(todo))):
            group.start_soon(worker)
    return BulkResult([item for item in items if item is not None])
