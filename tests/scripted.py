"""A scripted ClickSend for the façade tests: an `httpx.MockTransport` that plays answers in turn.

Each test says what ClickSend answers (a status and an envelope, a raw body, or an exception)
and then reads back what the SDK sent.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterable
from typing import Any

import anyio
import httpx

from clicksend_async import ClickSend

USERNAME = "test-user"
API_KEY = "SECRET-API-KEY-0123456789"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def envelope(
    data: Any = None, status: int = 200, code: str = "SUCCESS", msg: str = "Here you go."
) -> dict[str, Any]:
    return {
        "http_code": status,
        "response_code": code,
        "response_msg": msg,
        "data": [] if data is None else data,
    }


def answer(
    status: int = 200,
    data: Any = None,
    *,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    code = code or (
        "SUCCESS"
        if status == 200
        else {429: "TOO_MANY_REQUESTS", 404: "NOT_FOUND"}.get(status, "ERROR")
    )
    return httpx.Response(status, json=envelope(data, status, code), headers=headers)


def contact(contact_id: int, list_id: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "contact_id": contact_id,
        "list_id": list_id,
        "phone_number": f"+6141100{contact_id:04d}",
        **fields,
    }


def page_of(items: list[Any], page: int, per_page: int, total: int) -> dict[str, Any]:
    last = max(1, -(-total // per_page))
    return {
        "total": total,
        "per_page": per_page,
        "current_page": page,
        "last_page": last,
        "next_page_url": None,
        "prev_page_url": None,
        "from": (page - 1) * per_page + 1 if items else None,
        "to": (page - 1) * per_page + len(items) if items else None,
        "data": items,
    }


class Script:
    """Answers requests from a list, in order (the last one repeats), and records them."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(item, Exception):
            raise item
        if isinstance(item, httpx.Response):
            return item
        return item(request)

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]

    def client(self, **options: Any) -> ClickSend:
        options.setdefault("username", USERNAME)
        options.setdefault("api_key", API_KEY)
        return ClickSend(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **options
        )


class Slow:
    """An async handler that answers through `serve` after a delay, counting calls in flight."""

    def __init__(
        self, serve: Callable[[httpx.Request], httpx.Response], delay: float = 0.01
    ) -> None:
        self.serve = serve
        self.delay = delay
        self.in_flight = self.peak = 0
        self.seen: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await anyio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        return self.serve(request)

    def client(self, **options: Any) -> ClickSend:
        transport = httpx.MockTransport(self)
        return ClickSend(
            USERNAME, API_KEY, http_client=httpx.AsyncClient(transport=transport), **options
        )


def paged(items: Iterable[Any]) -> Callable[[httpx.Request], httpx.Response]:
    """Serve `items` as ClickSend pages, reading `page` and `limit` from each request.

    A list is served live: changing it changes later pages.
    """
    everything = items if isinstance(items, list) else list(items)

    def serve(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        limit = int(request.url.params.get("limit", "15"))
        chunk = everything[(page - 1) * limit : page * limit]
        return answer(200, page_of(chunk, page, limit, len(everything)))

    return serve


def closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
