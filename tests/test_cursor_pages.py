"""Cursor pagination: the one paginator follows each page's link to the next, in order."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
import pytest

from clicksend_async import ClickSendError, CursorPage
from clicksend_async._pagination import AnyPage, AsyncPaginator, Where, dig

from .scripted import Script

BASE = "https://rest.clicksend.com/v3"

pytestmark = pytest.mark.anyio


def cursor_source(
    items: list[int], size: int, *, empty_last: bool = False
) -> tuple[list[Where], AsyncPaginator[int]]:
    """A cursor listing of `items`, `size` a page, recording what was asked for."""
    asked: list[Where] = []

    async def fetch(where: Where) -> AnyPage[int]:
        asked.append(where)
        offset = 0 if isinstance(where, int) else int(where["offset"])
        chunk = items[offset : offset + size]
        more = offset + size < len(items) or (empty_last and chunk)
        link = f"https://rest.clicksend.com/v3/alpha-tags?offset={offset + size}&page_size={size}"
        return CursorPage.of(chunk, link if more else None)

    return asked, AsyncPaginator(fetch, concurrency=4)


async def test_every_item_in_order_each_page_once() -> None:
    asked, paginator = cursor_source(list(range(23)), 5)
    assert [item async for item in paginator] == list(range(23))
    assert asked == [1] + [{"offset": str(n), "page_size": "5"} for n in (5, 10, 15, 20)]


async def test_an_empty_last_page_ends_the_iteration() -> None:
    asked, paginator = cursor_source(list(range(10)), 5, empty_last=True)
    assert [item async for item in paginator] == list(range(10))
    assert len(asked) == 3  # the third page is empty and has no link


async def test_pages_gives_the_cursor_pages_and_their_links() -> None:
    _, paginator = cursor_source(list(range(7)), 5)
    pages = [page async for page in paginator.pages()]
    assert all(isinstance(page, CursorPage) for page in pages)
    assert [page.has_next for page in pages] == [True, False]
    assert [len(page) for page in pages] == [5, 2]


async def test_a_link_to_the_same_page_stops_rather_than_loops() -> None:
    asked: list[Where] = []

    async def fetch(where: Where) -> AnyPage[int]:
        asked.append(where)
        return CursorPage.of([1], "https://x/alpha-tags?offset=5")

    items: list[int] = []

    async def read() -> None:
        async for item in AsyncPaginator(fetch, concurrency=2):
            items.append(item)

    with pytest.raises(ClickSendError, match="next link is the page itself"):
        await read()
    # The first page, then the page it links to, which links to itself: refused, no third read.
    assert items == [1]
    assert asked == [1, {"offset": "5"}]


def test_a_cursor_page_reads_its_link_and_refuses_nonsense() -> None:
    page = CursorPage.of([1, 2], "https://rest.clicksend.com/v3/own-numbers?offset=20&page_size=10")
    assert page.next_query == {"offset": "20", "page_size": "10"}
    # The docs' cursors hold an unescaped `#`: it is part of the value, not a fragment.
    odd = CursorPage.of([], "https://x/alpha-tags?offset=f99872cc#0c5c7b2e&page_size=10")
    assert odd.next_query == {"offset": "f99872cc#0c5c7b2e", "page_size": "10"}
    assert CursorPage.of([], None).has_next is False
    assert CursorPage.of([], "").has_next is False
    assert CursorPage.of([3], None, 41).total == 41
    with pytest.raises(TypeError, match="next page's link is int, not a URL"):
        CursorPage.of([], 5)
    with pytest.raises(TypeError, match="total is str, not int"):
        CursorPage.of([], None, "41")


def test_dig_reads_nested_keys_and_tolerates_missing_ones() -> None:
    payload: Mapping[str, object] = {"_metadata": {"pagination": {"next": "u"}}, "data": []}
    assert dig(payload, ("_metadata", "pagination", "next")) == "u"
    assert dig(payload, ("_metadata", "nothing", "next")) is None
    assert dig(payload, ("data", "x")) is None


def alpha_tag(n: int) -> dict[str, object]:
    return {"id": f"tag-{n}", "alpha_tag": f"Shop{n}", "status": "APPROVED"}


def alpha_tag_pages(total: int, *, empty_last: bool) -> Script:
    """Alpha tags as ClickSend pages them: no envelope, a `#` inside each cursor."""
    tags = [alpha_tag(n) for n in range(total)]

    def serve(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params["page_size"])
        offset = int(request.url.params.get("offset", "0#x").split("#")[0])
        chunk = tags[offset : offset + size]
        more = offset + size < total or (empty_last and chunk)
        nxt = f"{BASE}/alpha-tags?offset={offset + size}#{offset}&page_size={size}"
        body = {
            "alpha_tags": chunk,
            "_metadata": {"pagination": {"self": str(request.url), "next": nxt if more else None}},
        }
        return httpx.Response(200, json=body)

    return Script(serve)


@pytest.mark.parametrize("empty_last", [False, True])
async def test_iter_follows_alpha_tag_pages_to_the_end(empty_last: bool) -> None:
    script = alpha_tag_pages(23, empty_last=empty_last)
    async with script.client() as cs:
        tags = [tag.alpha_tag async for tag in cs.senders.alpha_tags.iter(limit=10)]
        first = await cs.senders.alpha_tags.list(page_size=10)
    assert tags == [f"Shop{n}" for n in range(23)]
    queries = [dict(r.url.params) for r in script.requests[:-1]]
    assert queries[:3] == [
        {"page_size": "10"},
        {"offset": "10#0", "page_size": "10"},
        {"offset": "20#10", "page_size": "10"},
    ]
    assert len(queries) == (4 if empty_last else 3)
    assert isinstance(first, CursorPage)
    assert first.has_next
    assert first.next_query == {"offset": "10#0", "page_size": "10"}


async def test_a_cycle_of_links_through_several_pages_stops_rather_than_loops() -> None:
    asked: list[Where] = []

    async def fetch(where: Where) -> AnyPage[int]:
        asked.append(where)
        after_a = isinstance(where, int) or where["offset"] == "a"
        return CursorPage.of([1], f"https://x/alpha-tags?offset={'b' if after_a else 'a'}")

    async def read() -> None:
        async for _ in AsyncPaginator(fetch, concurrency=2):
            assert len(asked) < 10, "looped"

    with pytest.raises(ClickSendError, match="the page itself or an earlier one"):
        await read()
    assert asked == [1, {"offset": "b"}, {"offset": "a"}]
