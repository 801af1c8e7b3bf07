"""End to end over real sockets: a FastAPI app served by uvicorn on loopback receives the calls
ClickSend makes (form POSTs by default, JSON and GET on request), sent by an httpx client.

The app has both adapters a FastAPI user would write: the `WebhookEndpoint` route and an
endpoint of its own behind `webhook_dependency`. uvicorn runs in a thread (asyncio); the client
side runs on asyncio and on trio. These calls are made by the test, playing ClickSend: the
embedded ClickSend's own POSTs are another issue's.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import uvicorn
from fastapi import Depends, FastAPI
from starlette.routing import Route

from clicksend_async.webhooks import SmsReceipt, WebhookEvent
from clicksend_async.webhooks.starlette import WebhookEndpoint, webhook_dependency

from .webhook_samples import SAMPLES, form_body, json_body

SECRET = "e2e-secret-9b7d1f3a6c"
FORM = {"content-type": "application/x-www-form-urlencoded"}

pytestmark = pytest.mark.anyio


class Inbox:
    """The app's callback: records events (from uvicorn's thread); fails the first N calls."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[WebhookEvent] = []
        self.failures_left = 0

    async def __call__(self, event: WebhookEvent) -> None:
        with self.lock:
            if self.failures_left:
                self.failures_left -= 1
                raise RuntimeError("storage unavailable")
            self.events.append(event)

    def reset(self) -> list[WebhookEvent]:
        with self.lock:
            taken, self.events = self.events, []
            return taken


def make_app(inbox: Inbox) -> FastAPI:
    """Every route a FastAPI user of the SDK would write."""
    routes = [
        Route("/hooks/clicksend", WebhookEndpoint(inbox, secret=SECRET), methods=["GET", "POST"]),
        Route(
            "/hooks/fax-receipts",
            WebhookEndpoint(inbox, secret=SECRET, kind="fax_receipt"),
            methods=["POST"],
        ),
    ]
    app = FastAPI(routes=routes)
    clicksend_event = webhook_dependency(secret=SECRET)

    @app.post("/own")
    async def own(event: WebhookEvent = Depends(clicksend_event)) -> dict[str, str]:  # noqa: B008
        await inbox(event)
        return {"event_id": event.event_id}

    return app


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, Inbox]]:
    """The app on a free loopback port (uvicorn, access log off as the README advises)."""
    inbox = Inbox()
    config = uvicorn.Config(
        make_app(inbox),
        host="127.0.0.1",
        port=0,
        log_level="warning",
        access_log=False,
        loop="asyncio",
        http="h11",
        ws="none",
        lifespan="on",
    )
    server = uvicorn.Server(config)

    def run() -> None:
        with contextlib.suppress(SystemExit):
            server.run()

    thread = threading.Thread(target=run, name="webhook-app", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive(), "uvicorn did not start"
        assert time.monotonic() < deadline, "uvicorn did not start in 10 s"
        time.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", inbox
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def app_url(served: tuple[str, Inbox]) -> str:
    url, inbox = served
    inbox.reset()
    inbox.failures_left = 0
    return url


@pytest.fixture
def inbox(served: tuple[str, Inbox]) -> Inbox:
    return served[1]


async def test_every_kind_arrives_over_the_wire_in_each_encoding(
    app_url: str, inbox: Inbox
) -> None:
    async with httpx.AsyncClient(base_url=app_url, params={"token": SECRET}) as http:
        for sample in SAMPLES:
            path = "/hooks/fax-receipts" if sample.needs_kind else "/hooks/clicksend"
            form = await http.post(path, content=form_body(sample), headers=FORM)
            as_json = await http.post(
                path, content=json_body(sample), headers={"content-type": "application/json"}
            )
            assert (form.status_code, as_json.status_code) == (200, 200), sample.name
            if not sample.needs_kind:
                query = httpx.QueryParams(form_body(sample).decode()).merge({"token": SECRET})
                assert (await http.get(path, params=query)).status_code == 200, sample.name
    events = inbox.reset()
    expected = [s.kind for s in SAMPLES for _ in range(2 if s.needs_kind else 3)]
    assert [type(e) for e in events] == expected
    for sample in SAMPLES:
        ids = {e.event_id for e in events if e.message_id == sample.fields["message_id"]}
        assert ids, sample.name


async def test_a_wrong_token_over_the_wire_is_401_and_nothing_is_received(
    app_url: str, inbox: Inbox
) -> None:
    sample = SAMPLES[0]
    async with httpx.AsyncClient(base_url=app_url) as http:
        answers = [
            await http.post("/hooks/clicksend", content=form_body(sample), headers=FORM),
            await http.post(
                "/hooks/clicksend", params={"token": "x"}, content=form_body(sample), headers=FORM
            ),
            await http.post("/own", params={"token": "x"}, content=form_body(sample), headers=FORM),
        ]
    assert [a.status_code for a in answers] == [401, 401, 401]
    assert inbox.reset() == []


async def test_a_failed_callback_is_500_and_clicksends_retry_is_recognised(
    app_url: str, inbox: Inbox, caplog: pytest.LogCaptureFixture
) -> None:
    inbox.failures_left = 1
    sample = SAMPLES[1]
    with caplog.at_level(logging.ERROR, logger="clicksend_async.webhooks"):
        async with httpx.AsyncClient(base_url=app_url, params={"token": SECRET}) as http:
            first = await http.post("/hooks/clicksend", content=form_body(sample), headers=FORM)
            retry = await http.post("/hooks/clicksend", content=form_body(sample), headers=FORM)
            again = await http.post("/hooks/clicksend", content=form_body(sample), headers=FORM)
    assert (first.status_code, retry.status_code, again.status_code) == (500, 200, 200)
    received = inbox.reset()
    assert [type(e) for e in received] == [SmsReceipt, SmsReceipt]
    assert received[0].event_id == received[1].event_id  # the redelivery is recognisable
    assert "storage unavailable" in caplog.text
    assert SECRET not in caplog.text


async def test_many_concurrent_calls_each_arrive_once(app_url: str, inbox: Inbox) -> None:
    calls = 60
    statuses: list[int] = []

    async def call(i: int, http: httpx.AsyncClient) -> None:
        fields = {"message_id": f"M-{i}", "status_code": "201", "timestamp": str(i)}
        path = "/own" if i % 2 else "/hooks/clicksend"
        statuses.append((await http.post(path, data=fields)).status_code)

    limits = httpx.Limits(max_connections=10)
    async with (
        httpx.AsyncClient(base_url=app_url, params={"token": SECRET}, limits=limits) as http,
        anyio.create_task_group() as tg,
    ):
        for i in range(calls):
            tg.start_soon(call, i, http)
    assert statuses == [200] * calls
    assert sorted(e.message_id for e in inbox.reset()) == sorted(f"M-{i}" for i in range(calls))


async def test_a_body_over_the_limit_is_refused_over_the_wire(app_url: str, inbox: Inbox) -> None:
    big: dict[str, Any] = {"message_id": "M", "status_code": "201", "pad": "x" * 70_000}
    async with httpx.AsyncClient(base_url=app_url, params={"token": SECRET}) as http:
        route = await http.post("/hooks/clicksend", data=big)
        own = await http.post("/own", data=big)
    assert (route.status_code, own.status_code) == (413, 413)
    assert inbox.reset() == []
