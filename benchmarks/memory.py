"""Peak memory while iterating 100,000 contacts: bounded by the prefetch window, not the total.

The pages come from an in-process transport that writes each page's JSON when it is asked
for and keeps nothing (the embedded ClickSend would also grow its store and its request log,
which are not the SDK's memory), and the loop keeps nothing: it counts. tracemalloc traces
every allocation made while iterating; the peak above the level at the start is what iteration
holds at its worst. The same is measured for a tenth of the contacts: if memory grew with the
total, the larger run would peak ten times higher.
"""

from __future__ import annotations

import gc
import json
import math
import tracemalloc

import anyio
import httpx

from clicksend_async import DEFAULT_PAGE_CONCURRENCY, ClickSend

from ._report import Report
from .overhead import BASE, CONTACT

LIMIT = 100


class Pages(httpx.AsyncBaseTransport):
    """Serves `total` generated contacts as ClickSend pages, writing each page on demand."""

    def __init__(self, total: int) -> None:
        self.total = total

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        limit = int(request.url.params["limit"])
        ids = range((page - 1) * limit, min(page * limit, self.total))
        data = {
            "total": self.total,
            "per_page": limit,
            "current_page": page,
            "last_page": max(1, math.ceil(self.total / limit)),
            "data": [{**CONTACT, "contact_id": i, "phone_number": f"+614{i:08d}"} for i in ids],
        }
        body = {
            "http_code": 200,
            "response_code": "SUCCESS",
            "response_msg": "Here are your data.",
            "data": data,
        }
        return httpx.Response(200, content=json.dumps(body).encode())


async def _count(total: int) -> int:
    async with ClickSend(
        "u", "k", base_url=BASE, http_client=httpx.AsyncClient(transport=Pages(total))
    ) as cs:
        return sum([1 async for _ in cs.contacts.iter(1)])


def _peak_growth(total: int) -> float:
    """MB traced at the worst moment of iterating `total` contacts, above the start."""
    anyio.run(_count, LIMIT * 20)  # import and warm everything up before tracing
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        seen = anyio.run(_count, total)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seen == total, (seen, total)
    return (peak - base) / 1e6


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """Compare the peaks of a small and a large iteration."""
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    small_mb, large_mb = _peak_growth(small), _peak_growth(large)
    window = DEFAULT_PAGE_CONCURRENCY + 1  # pages in flight, plus the one being read
    report.add("memory", f"peak growth iterating {large} contacts", large_mb, " MB")
    report.add("memory", f"peak growth iterating {small} contacts", small_mb, " MB")
    ratio = large_mb / small_mb
    report.add(
        "memory",
        f"peak ratio {large} / {small} (10x the contacts)",
        ratio,
        "x",
        "~1x (bounded)",
        ratio < 2.0,
    )
    report.note(
        "memory",
        "window",
        f"{window} pages of {LIMIT} contacts: "
        f"{large_mb * 1e3 / (window * LIMIT):.1f} kB per contact held at the peak",
    )
