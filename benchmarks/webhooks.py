"""Webhook intake: the Starlette adapter's receipts per second against a bare Starlette route.

Both are Starlette apps with one `Route`, called straight through ASGI (no HTTP client, no
sockets: what is measured is the app's own work). They get the same form-encoded SMS delivery
receipts, as ClickSend posts them. The bare route only reads the form: the body, decoded by
`urllib.parse.parse_qsl` (what `Request.form()` does for this content type, without
python-multipart's cost), answered "OK". The adapter checks the token, limits and decodes the
body, parses a typed `SmsReceipt` and awaits the callback. Goal: >= 0.8x the bare rate.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from clicksend_async.webhooks import WebhookEvent
from clicksend_async.webhooks.starlette import WebhookEndpoint

from ._report import Report, median_ratio, profile_summary

GOAL = 0.8
SECRET = "bench-secret-0123456789abcdef"


def _receipts(count: int) -> list[bytes]:
    return [
        urlencode(
            {
                "timestamp_send": str(1442381791 + i),
                "timestamp": str(1442381800 + i),
                "message_id": f"31BC271B-1E0C-45F6-9E7E-{i:012X}",
                "status_code": "201",
                "status_text": "Success: Message received on handset.",
                "error_code": "",
                "error_text": "",
                "custom_string": f"order-{i}",
                "subaccount_id": "563840",
                "message_type": "sms",
            }
        ).encode()
        for i in range(count)
    ]


def _apps() -> tuple[Starlette, Starlette, list[WebhookEvent]]:
    received: list[WebhookEvent] = []

    async def on_event(event: WebhookEvent) -> None:
        received.append(event)

    async def bare(request: Request) -> PlainTextResponse:
        parse_qsl((await request.body()).decode(), keep_blank_values=True)
        return PlainTextResponse("OK")

    adapter = Starlette(
        routes=[Route("/hooks", WebhookEndpoint(on_event, secret=SECRET), methods=["POST"])]
    )
    plain = Starlette(routes=[Route("/hooks", bare, methods=["POST"])])
    return adapter, plain, received


def _scope(query: bytes, length: int) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/hooks",
        "raw_path": b"/hooks",
        "root_path": "",
        "query_string": query,
        "headers": [
            (b"host", b"app.example"),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"content-length", str(length).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 443),
    }


async def _cpu_per_event(app: Any, bodies: list[bytes], query: bytes) -> float:
    """CPU seconds per receipt: each body POSTed through the app's ASGI interface."""
    statuses: list[int] = []

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    started = time.process_time()
    for body in bodies:

        async def receive(body: bytes = body) -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        await app(_scope(query, len(body)), receive, send)
    spent = time.process_time() - started
    assert statuses == [200] * len(bodies), set(statuses)
    return spent / len(bodies)


async def _measure(count: int, rounds: int) -> tuple[float, float, float, int]:
    adapter, plain, received = _apps()
    bodies = _receipts(count)
    query = urlencode({"token": SECRET}).encode()
    await _cpu_per_event(adapter, bodies[:200], query)  # warm both up
    await _cpu_per_event(plain, bodies[:200], query)
    pairs = []
    for _ in range(rounds):
        bare = await _cpu_per_event(plain, bodies, query)
        ours = await _cpu_per_event(adapter, bodies, query)
        pairs.append((bare, ours))  # bare time / adapter time = adapter rate / bare rate
    return median_ratio(pairs), min(p[0] for p in pairs), min(p[1] for p in pairs), len(received)


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """Measure both routes, interleaved; add the ratio and the rates."""
    count, rounds = (1000, 5) if quick else (5000, 7)
    ratio, bare, ours, received = anyio.run(_measure, count, rounds)
    assert received == count * rounds + 200, received  # every receipt reached the callback
    figure = "Starlette adapter / bare route, form receipts per second"
    report.add("webhooks", figure, ratio, "x", f">= {GOAL}x", ratio >= GOAL)
    rates = f"bare {1 / bare:,.0f}/s, adapter {1 / ours:,.0f}/s (CPU, one core)"
    report.note("webhooks", "receipts per second", rates)

    if profile:
        adapter, _, _ = _apps()
        bodies = _receipts(count)
        query = urlencode({"token": SECRET}).encode()
        many: Callable[[], object] = lambda: anyio.run(_cpu_per_event, adapter, bodies, query)  # noqa: E731
        print("\nwhere an adapter call's time goes (cProfile, own time):")
        print(profile_summary(many))
