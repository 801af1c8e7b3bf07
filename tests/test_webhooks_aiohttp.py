"""The aiohttp adapter: `webhook_handler`, served by aiohttp's own test server on loopback.

aiohttp runs on asyncio only, so these tests do too (no trio variant exists to test).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import given, settings
from hypothesis import strategies as st

from clicksend_async.webhooks import SmsReceipt, WebhookEvent, parse
from clicksend_async.webhooks.aiohttp import webhook_handler

from .webhook_samples import SAMPLES, Sample, form_fields

SECRET = "tok-aio-71c0d9e2b4a85f36"
RECEIPT = {"message_id": "31BC", "status_code": "201", "message_type": "sms", "timestamp": "7"}
PATH = "/hooks/clicksend"

#: The async tests: aiohttp's loop is asyncio's.
on_asyncio = pytest.mark.parametrize("anyio_backend", ["asyncio"])


class Inbox:
    def __init__(self, *, fail: bool = False) -> None:
        self.events: list[WebhookEvent] = []
        self.fail = fail

    async def __call__(self, event: WebhookEvent) -> None:
        if self.fail:
            raise RuntimeError("the database is down")
        self.events.append(event)


@asynccontextmanager
async def serving(inbox: Inbox, **settings_: Any) -> AsyncIterator[TestClient[Any, Any]]:
    """An aiohttp app with the handler at PATH, on a loopback port, and a client to it."""
    app = web.Application()
    app.router.add_route("*", PATH, webhook_handler(inbox, secret=SECRET, **settings_))
    async with TestClient(TestServer(app, host="127.0.0.1")) as http:
        yield http


async def send(
    http: TestClient[Any, Any], encoding: str, fields: dict[str, Any], token: str | None = SECRET
) -> tuple[int, str]:
    params = {} if token is None else {"token": token}
    if encoding == "form":
        response = await http.post(PATH, params=params, data=fields)
    elif encoding == "json":
        response = await http.post(PATH, params=params, json=fields)
    else:
        response = await http.get(PATH, params={**fields, **params})
    return response.status, await response.text()


def sent_as(sample: Sample, encoding: str) -> dict[str, Any]:
    return sample.fields if encoding == "json" else form_fields(sample)


def server_logs(caplog: pytest.LogCaptureFixture) -> str:
    """What the SDK logged (aiohttp's access log prints the request line: see the README)."""
    return "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}"
        for r in caplog.records
        if r.name.startswith("clicksend_async")
    )


@pytest.mark.anyio
@on_asyncio
@pytest.mark.parametrize("encoding", ["form", "json", "get"])
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
async def test_every_kind_in_every_encoding_reaches_the_callback_typed(
    sample: Sample, encoding: str
) -> None:
    inbox = Inbox()
    kind = sample.kind if sample.needs_kind else None
    async with serving(inbox, kind=kind) as http:
        assert await send(http, encoding, sent_as(sample, encoding)) == (200, "OK")
    (event,) = inbox.events
    assert type(event) is sample.kind
    assert event == parse(sent_as(sample, encoding), kind=kind)
    for name, value in sample.expected.items():
        assert getattr(event, name) == value, name


@pytest.mark.anyio
@on_asyncio
async def test_a_missing_wrong_or_repeated_token_is_401_and_reaches_no_callback() -> None:
    inbox = Inbox()
    async with serving(inbox) as http:
        for encoding in ("form", "json", "get"):
            for token in (None, "", "wrong", SECRET[:-1], SECRET.upper()):
                status, text = await send(http, encoding, RECEIPT, token=token)
                assert status == 401
                assert SECRET not in text
        twice = await http.post(f"{PATH}?token={SECRET}&token={SECRET}", data=RECEIPT)
        assert twice.status == 401
    assert inbox.events == []


@pytest.mark.anyio
@on_asyncio
async def test_a_body_over_the_limit_is_413_declared_or_streamed() -> None:
    inbox = Inbox()

    async def chunks() -> AsyncIterator[bytes]:  # chunked: no Content-Length
        for _ in range(10):
            yield b"pad=" + b"x" * 50 + b"&"

    async with serving(inbox, max_body=200) as http:
        declared = await send(http, "form", {**RECEIPT, "pad": "x" * 300})
        streamed = await http.post(
            PATH,
            params={"token": SECRET},
            data=chunks(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        fits = await send(http, "form", RECEIPT)
    assert declared == (413, "the body is over 200 bytes")
    assert (streamed.status, fits[0]) == (413, 200)
    assert len(inbox.events) == 1


@pytest.mark.anyio
@on_asyncio
async def test_bodies_past_aiohttps_own_limit_are_read_up_to_max_body() -> None:
    inbox = Inbox()
    big = urlencode({**RECEIPT, "pad": "x" * (1024 * 1024 + 10)}).encode()  # past 1 MiB,
    async with serving(inbox, max_body=2 * 1024 * 1024) as http:  # aiohttp's client_max_size
        response = await http.post(
            PATH,
            params={"token": SECRET},
            data=io.BytesIO(big),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert response.status == 200
    assert len(inbox.events[0].extra["pad"] or "") == 1024 * 1024 + 10


@pytest.mark.anyio
@on_asyncio
async def test_fields_that_are_no_event_are_400_and_other_shapes_415_405() -> None:
    inbox = Inbox()
    async with serving(inbox) as http:
        bad_time = await send(
            http, "form", {"message_id": "M", "status_code": "1", "timestamp": "x"}
        )
        bad_json = await http.post(
            PATH,
            params={"token": SECRET},
            data=b"{",
            headers={"content-type": "application/json"},
        )
        form = aiohttp.FormData({"message_id": "M"})
        form.add_field("f", b"x", filename="f.bin")
        multipart = await http.post(PATH, params={"token": SECRET}, data=form)
        put = await http.put(PATH, params={"token": SECRET}, data=RECEIPT)
    assert bad_time[0] == 400
    assert "timestamp" in bad_time[1]
    assert (bad_json.status, multipart.status, put.status) == (400, 415, 405)
    assert put.headers["Allow"] == "GET, POST"
    assert inbox.events == []


@pytest.mark.anyio
@on_asyncio
async def test_a_failing_callback_is_500_logged_without_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO):
        async with serving(Inbox(fail=True)) as http:
            status, text = await send(http, "form", RECEIPT)
            refused = await send(http, "form", RECEIPT, token="wrong")
    assert (status, refused[0]) == (500, 401)
    assert "database" not in text
    logged = server_logs(caplog)
    assert "sms_receipt:31BC:201:7" in logged
    assert "the database is down" in logged  # the traceback is logged
    assert SECRET not in logged


@pytest.mark.anyio
@on_asyncio
async def test_a_redelivery_has_the_same_event_id_and_a_kind_route_forces_the_kind() -> None:
    inbox = Inbox()
    async with serving(inbox) as http:
        for encoding in ("form", "json", "get"):
            await send(http, encoding, RECEIPT)
    assert [type(e) for e in inbox.events] == [SmsReceipt] * 3
    assert len({e.event_id for e in inbox.events}) == 1
    fax = Inbox()
    async with serving(fax, kind="fax_receipt") as http:
        await send(http, "form", {"message_id": "F", "status_code": "201"})
    assert fax.events[0].event_id == "fax_receipt:F:201:"


def test_bad_settings_are_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="secret must be a non-empty string"):
        webhook_handler(Inbox(), secret="")
    with pytest.raises(ValueError, match="max_body must be a positive number"):
        webhook_handler(Inbox(), secret=SECRET, max_body=0)
    with pytest.raises(TypeError, match="callback must be an async function"):
        webhook_handler(None, secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callback must be an async function"):
        webhook_handler(print, secret=SECRET)  # type: ignore[arg-type]


BODIES = st.one_of(
    st.binary(max_size=120),
    st.dictionaries(
        st.sampled_from(["message_id", "status_code", "from", "timestamp", "message_type", "x"]),
        st.text(max_size=10),
    ).map(lambda fields: urlencode(fields).encode()),
)


@settings(max_examples=40, deadline=None)
@given(body=BODIES, content_type=st.sampled_from(["application/x-www-form-urlencoded", ""]))
def test_any_body_is_an_event_or_a_400_never_a_crash(body: bytes, content_type: str) -> None:
    inbox = Inbox()

    async def post() -> int:
        async with serving(inbox) as http:
            headers = {"content-type": content_type} if content_type else {}
            response = await http.post(PATH, params={"token": SECRET}, data=body, headers=headers)
            return response.status

    status = asyncio.run(post())
    assert status in (200, 400)
    assert len(inbox.events) == (status == 200)


@pytest.mark.anyio
@on_asyncio
async def test_a_get_webhook_reads_a_percent_in_the_text_as_sent() -> None:
    # `%25` is a `%` of the message: the query must be decoded once, not twice (a second
    # decode read "%41" as "A", and "50%ad" as bytes that are no UTF-8: a 401 for ever).
    inbox = Inbox()
    async with serving(inbox) as http:
        for body in ("Use code %41 & save", "deal 50%ad"):
            fields = {"message_id": "m1", "from": "+61411111111", "body": body}
            status, text = await send(http, "get", fields)
            assert status == 200, text
    assert [getattr(event, "body", None) for event in inbox.events] == [
        "Use code %41 & save",
        "deal 50%ad",
    ]
