"""End to end: the embedded ClickSend's own webhook calls reach a FastAPI and an aiohttp app.

Nothing plays ClickSend by hand here. The SDK creates the automation rules (receipts and inbound
messages to the app's URL, a secret token in its query) and sends SMS to the embedded ClickSend;
the test makes its clock pass and a reply arrive (`receive_sms`); the embedded ClickSend then
calls the app for real over loopback, in each encoding (a form POST, JSON, GET), and the app's
adapter hands typed `SmsReceipt` and `InboundSms` events to its callback.

ClickSend's receipt rules have no `webhook_type` (a form POST, as the docs say), so the JSON and
GET encodings of receipts are asked for with `EmbeddedClickSend.set_webhook`; inbound rules take
`webhook_type` and are made through the SDK in every encoding.

The FastAPI app runs under uvicorn in a thread; the SDK side runs on asyncio and on trio. aiohttp
runs on asyncio only, so its app shares the test's loop and its test has no trio variant.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
import uvicorn
from aiohttp import web
from fastapi import FastAPI
from starlette.routing import Route

from clicksend_async import ClickSend
from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend
from clicksend_async.webhooks import InboundSms, SmsReceipt, WebhookEvent
from clicksend_async.webhooks.aiohttp import webhook_handler
from clicksend_async.webhooks.starlette import WebhookEndpoint

SECRET = "embedded-e2e-4f1c9a7d2b"
PATH = "/hooks/clicksend"
NOW = 1_800_000_000
OUR_NUMBER = "+61400000000"
RECIPIENTS = ("+61411111111", "+61422222222", "+61433333333")
ENCODINGS = ("post", "json", "get")

pytestmark = pytest.mark.anyio


class Inbox:
    """The app's callback: records events from whichever thread or loop serves the app."""

    def __init__(self) -> None:
        self._arrived = threading.Condition()
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        with self._arrived:
            self.events.append(event)
            self._arrived.notify_all()

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        """Block until `count` events arrived; False after `timeout` seconds."""
        with self._arrived:
            return self._arrived.wait_for(lambda: len(self.events) >= count, timeout)


@contextlib.contextmanager
def fastapi_app(inbox: Inbox) -> Iterator[str]:
    """A FastAPI app with `WebhookEndpoint` at PATH, served by uvicorn on 127.0.0.1."""
    app = FastAPI(
        routes=[Route(PATH, WebhookEndpoint(inbox, secret=SECRET), methods=["GET", "POST"])]
    )
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        access_log=False,  # the access log would print the token of the URL
        loop="asyncio",
        http="h11",
        ws="none",
        lifespan="on",
    )
    server = uvicorn.Server(config)

    def run() -> None:
        with contextlib.suppress(SystemExit):
            server.run()

    thread = threading.Thread(target=run, name="fastapi-webhook-app", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive(), "uvicorn did not start"
        assert time.monotonic() < deadline, "uvicorn did not start in 10 s"
        time.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def embedded() -> Iterator[EmbeddedClickSend]:
    server = EmbeddedClickSend(clock=lambda: float(NOW))  # time passes by `advance` only
    yield server
    server.close()


async def _rules(cs: ClickSend, embedded: EmbeddedClickSend, url: str, encoding: str) -> None:
    """Receipts and replies of the account to `url`, as the app's owner would set them up."""
    hook = f"{url}{PATH}?token={SECRET}"
    if encoding == "post":
        await cs.automations.sms_receipts.create(
            rule_name="Receipts to my app",
            match_type=0,
            action="URL",
            action_address=hook,
            enabled=True,
        )
    else:
        embedded.set_webhook("sms_receipts", hook, format=encoding)
    await cs.automations.sms_inbound.create(
        dedicated_number="*",
        rule_name="Replies to my app",
        message_search_type=0,  # any message: the term is not looked at
        message_search_term="*",
        action="URL",
        action_address=hook,
        enabled=True,
        webhook_type=encoding,  # type: ignore[arg-type]
    )


async def _send_and_receive(
    embedded: EmbeddedClickSend, url: str, inbox: Inbox, encoding: str
) -> None:
    """Send three SMS, deliver them, get a reply: four typed events reach the app."""
    async with embedded.client() as cs:
        await _rules(cs, embedded, url, encoding)
        sent = await cs.sms.send(
            messages=[
                SmsMessage(to=to, body=f"Your order {i} has shipped", custom_string=f"order-{i}")
                for i, to in enumerate(RECIPIENTS)
            ]
        )
        assert [m.status for m in sent.messages] == ["SUCCESS"] * 3
        assert inbox.events == []  # nothing is delivered until time passes
        embedded.advance(5)
        embedded.receive_sms(RECIPIENTS[1], OUR_NUMBER, "Thanks, got it")
        assert await anyio.to_thread.run_sync(inbox.wait_for, 4)
        assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks, 5.0)
        # Delivered to the app: nothing is left for polling.
        assert (await cs.sms.receipts.list()).total == 0
        assert (await cs.sms.inbound.list()).total == 0
    receipts = [e for e in inbox.events if isinstance(e, SmsReceipt)]
    replies = [e for e in inbox.events if isinstance(e, InboundSms)]
    assert len(receipts) + len(replies) == len(inbox.events) == 4
    assert sorted(r.message_id for r in receipts) == sorted(m.message_id for m in sent.messages)
    by_id = {m.message_id: m for m in sent.messages}
    for receipt in receipts:
        message = by_id[receipt.message_id]
        assert receipt.status_code == 201
        assert receipt.custom_string == message.custom_string
        assert receipt.timestamp_send == NOW
        assert isinstance(receipt.timestamp, int)
        assert receipt.timestamp > NOW
    (reply,) = replies
    assert (reply.from_, reply.to, reply.body) == (RECIPIENTS[1], OUR_NUMBER, "Thanks, got it")
    assert reply.original_message_id == sent.messages[1].message_id
    assert reply.original_body == "Your order 1 has shipped"
    assert isinstance(reply.timestamp, int)
    assert len({e.event_id for e in inbox.events}) == 4
    attempts = embedded.webhook_attempts
    assert [(a.attempt, a.status) for a in attempts] == [(1, 200)] * 4


@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_a_fastapi_app_receives_receipts_and_a_reply(
    embedded: EmbeddedClickSend, encoding: str
) -> None:
    inbox = Inbox()
    with fastapi_app(inbox) as url:
        await _send_and_receive(embedded, url, inbox, encoding)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # aiohttp runs on asyncio only
@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_an_aiohttp_app_receives_receipts_and_a_reply(
    embedded: EmbeddedClickSend, encoding: str
) -> None:
    inbox = Inbox()
    app = web.Application()
    app.router.add_route("*", PATH, webhook_handler(inbox, secret=SECRET))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        server: Any = site._server  # the listening socket's port: aiohttp has no public getter
        port = server.sockets[0].getsockname()[1]
        await _send_and_receive(embedded, f"http://127.0.0.1:{port}", inbox, encoding)
    finally:
        await runner.cleanup()


async def test_a_wrong_token_reaches_no_callback_and_is_retried(
    embedded: EmbeddedClickSend,
) -> None:
    inbox = Inbox()
    with fastapi_app(inbox) as url:
        embedded.set_webhook("sms_receipts", f"{url}{PATH}?token=not-the-secret")
        async with embedded.client() as cs:
            await cs.sms.send(messages=[SmsMessage(to=RECIPIENTS[0], body="hi")])
        embedded.advance(5)
        assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks, 5.0)
    assert inbox.events == []
    statuses = [(a.status, a.ok) for a in embedded.webhook_attempts]
    assert statuses[0] == (401, False)
    assert len(statuses) > 1  # ClickSend tries a failed call again
