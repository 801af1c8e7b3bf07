# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.short_urls`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, Paging
from ..._pagination import AsyncPaginator, CursorPage, dig
from ..._resource import Resource
from ..api.short_ur_ls import short_urls_statistics as _short_urls_statistics
from ..api.short_ur_ls import short_urls_tracking as _short_urls_tracking
from ..models import (
    ShortUrlOpen,
    ShortUrlStatistics,
)

if TYPE_CHECKING:
    pass

_SHORT_URLS_STATISTICS: Operation[ShortUrlStatistics] = Operation(
    name="short_urls_statistics",
    label="short_urls.statistics",
    http="GET /short-url/statistics/{source}/{source_id}",
    request=_short_urls_statistics.request,
    parse=lambda payload: _short_urls_statistics.parse(payload),
    idempotent=True,
    requires_auth=True,
    args={
        "source": Arg("path", (str,), required=True, min_length=1),
        "source_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_SHORT_URLS_TRACKING: Operation[CursorPage[ShortUrlOpen]] = Operation(
    name="short_urls_tracking",
    label="short_urls.tracking",
    http="GET /short-url/tracking/{long_url_id}",
    request=_short_urls_tracking.request,
    parse=lambda payload: CursorPage.of(
        _short_urls_tracking.parse(payload).data,
        dig(payload, ("next_page_url",)),
        dig(payload, ("total",)),
    ),
    idempotent=True,
    requires_auth=True,
    args={
        "long_url_id": Arg("path", (str,), required=True, min_length=1),
        "offset": Arg("query", (str,), min_length=1),
        "limit": Arg("query", (int,), minimum=1, maximum=100),
    },
    paging=Paging("cursor", "limit", ("offset",)),
)


class ShortUrlsResource(Resource):
    """Statistics and click tracking of the short links (e.g. smsu.io/xxxxxx) ClickSend puts in
    messages in place of long URLs (up to 250 characters)."""

    async def statistics(
        self,
        source: str,
        source_id: str,
    ) -> ShortUrlStatistics:
        """Get short-URL statistics.

        `GET /short-url/statistics/{source}/{source_id}`: For the short links of one message or
        campaign: per long URL, how many links were sent, opened (once and in all) and left
        unopened, by device, OS, browser, country and region. Each item's `long_url_id` is what
        `tracking` takes.

        Args:
            source: What the short links were sent with, e.g. quick_sms.
            source_id: The id of that message or campaign.

        Returns:
            The statistics per long URL.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SHORT_URLS_STATISTICS,
            {
                "source": source,
                "source_id": source_id,
            },
        )

    async def tracking(
        self,
        long_url_id: str,
        *,
        offset: str | None = None,
        limit: int | None = None,
    ) -> CursorPage[ShortUrlOpen]:
        """Get short-URL tracking.

        `GET /short-url/tracking/{long_url_id}`: Who opened the short links of a long URL, one
        open per item (when, how often, from which device, browser, OS and place, and the
        contact where known), one page at a time. Pages follow a cursor: `next_page_url` links
        the next (none on the last).
        One page; `iter_tracking()` walks them all.

        Args:
            long_url_id: The long URL's id, as the statistics call gives it.
            offset: The cursor of the page to fetch, as the previous page's next link gives it.
            limit: Opens per page, 1 to 100.

        Returns:
            One page of opens.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _SHORT_URLS_TRACKING,
            {
                "long_url_id": long_url_id,
                "offset": offset,
                "limit": limit,
            },
        )

    def iter_tracking(
        self,
        long_url_id: str,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[ShortUrlOpen]:
        """Every item of `tracking()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            long_url_id: The long URL's id, as the statistics call gives it.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _SHORT_URLS_TRACKING,
            {
                "long_url_id": long_url_id,
                "limit": limit,
            },
            concurrency,
        )
