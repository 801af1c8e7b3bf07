"""The base of the generated resource classes: their methods end in one of these four calls."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from ._bulk import DEFAULT_BULK_CONCURRENCY, BulkResult, ProgressCallback, run_bulk
from ._exceptions import ClickSendError
from ._operation import Operation
from ._pagination import DEFAULT_PAGE_CONCURRENCY, AnyPage, AsyncPaginator, Where

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
        operation: Operation[AnyPage[T]],
        values: Mapping[str, object],
        concurrency: int | None,
    ) -> AsyncPaginator[T]:
        paging = operation.paging
        if paging is None:
            raise TypeError(f"{operation.label}: openapi.yaml does not say how it pages")
        # `limit` of the iter method sets the listing's page size, whatever its name.
        limit = values.get("limit")
        values = {name: value for name, value in values.items() if name != "limit"}
        if limit is None:
            most = operation.args[paging.size].maximum  # the most a page may hold (openapi.yaml)
            if most is None:
                raise TypeError(f"{operation.label}: openapi.yaml gives `{paging.size}` no maximum")
            limit = int(most)
        values[paging.size] = limit
        operation.build(values)  # bad arguments fail here, not at the first `async for`

        async def fetch(where: Where) -> AnyPage[T]:
            if isinstance(where, int):
                # A cursor listing's first page is the one asked for without a cursor.
                numbered = {"page": where} if paging.kind == "page" else {}
                return await self._client._call(operation, {**values, **numbered})
            return await self._client._call(
                operation, {**values, **_steer(operation, paging.steer, where)}
            )

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


def _steer(
    operation: Operation[object], steer: tuple[str, ...], query: Mapping[str, str]
) -> dict[str, object]:
    """The arguments a cursor page's next link sets (its offset), typed as the call takes them.

    Raises:
        ClickSendError: The link sets none of them: following it would read the same page.
    """
    found: dict[str, object] = {}
    for name in steer:
        arg = operation.args[name]
        text = query.get(arg.wire or name)
        if text is None:
            continue
        found[name] = int(text) if int in arg.types and text.lstrip("-").isdigit() else text
    if not found:
        raise ClickSendError(
            f"{operation.label}: the next page's link sets none of {', '.join(steer)}; "
            "stopped rather than read the same page again"
        )
    return found
