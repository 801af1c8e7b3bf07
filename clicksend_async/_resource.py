"""The base of the generated resource classes: their methods end in one of these four calls."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from ._bulk import DEFAULT_BULK_CONCURRENCY, BulkResult, ProgressCallback, run_bulk
from ._operation import Operation
from ._pagination import DEFAULT_PAGE_CONCURRENCY, AsyncPaginator, Page

if TYPE_CHECKING:
    from ._client import ClickSend

R = TypeVar("R")
T = TypeVar("T")


class Resource:
    """A group of ClickSend calls (one tag of openapi.yaml), bound to a client."""

    __slots__ = ("_client",)

    def __init__(self, client: ClickSend) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _call(self, operation: Operation[R], values: Mapping[str, object]) -> R:
        return await self._client._call(operation, values)

    def _iter(
        self,
        operation: Operation[Page[T]],
        values: Mapping[str, object],
        concurrency: int | None,
    ) -> AsyncPaginator[T]:
        if values.get("limit") is None:
            most = operation.args["limit"].maximum  # the most a page may hold, from openapi.yaml
            if most is None:
                raise TypeError(f"{operation.label}: openapi.yaml gives `limit` no maximum")
            values = {**values, "limit": int(most)}
        operation.build(values)  # bad arguments fail here, not at the first `async for`

        async def fetch(page: int) -> Page[T]:
            return await self._client._call(operation, {**values, "page": page})

        return AsyncPaginator(
            fetch,
            DEFAULT_PAGE_CONCURRENCY if concurrency is None else concurrency,
            self._client._spawn,
        )

    async def _bulk(
        self,
        operation: Operation[R],
        shared: Mapping[str, object],
        rows: Iterable[object],
        *,
        row_params: tuple[str, ...],
        concurrency: int | None,
        on_progress: ProgressCallback | None,
    ) -> BulkResult[R]:
        async def call(values: dict[str, object]) -> R:
            return await self._client._call(operation, values)

        return await run_bulk(
            call,
            rows,
            shared,
            row_params=row_params,
            accepted=operation.args.keys(),
            concurrency=DEFAULT_BULK_CONCURRENCY if concurrency is None else concurrency,
            on_progress=on_progress,
        )
