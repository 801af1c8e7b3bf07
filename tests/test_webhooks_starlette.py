"""The Starlette/FastAPI adapter: `WebhookEndpoint` and `webhook_dependency`, through ASGI.

Requests go through `httpx.ASGITransport` (no sockets), on asyncio and trio. The endpoint is
tested where users put it: a FastAPI route, a Starlette `Route`, a mount; the dependency in a
FastAPI endpoint of the user's own.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

import anyio
import httpx
import pytest
from fastapi import Depends, FastAPI
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.routing import Route

from clicksend_async.webhooks import (
    InboundSms,
    SmsReceipt,
    WebhookEvent,
    parse,
)
from clicksend_async.webhooks.starlette import WebhookEndpoint, webhook_dependency

from .webhook_samples import SAMPLES, Sample, form_fields

SECRET = "tok-3f9a1c7e55d2b8a0e6f4"  # distinctive: the log checks look for it
RECEIPT = {"message_id": "31BC", "status_code": "201", "message_type": "sms", "timestamp": "7"}
FORM = {"content-type": "application/x-www-form-urlencoded"}

pytestmark = pytest.mark.anyio


class Chunks(httpx.AsyncByteStream):
    """A body sent in chunks, without Content-Length: the limit is counted while reading.

    An iterator object rather than an async generator: the adapter stops reading at the limit,
    and a half-read async generator would be finalised by the garbage collector (a warning).
    """

    def __init__(self, count: int, chunk: bytes) -> None:
        self.left = count
        self.chunk = chunk

    def __aiter__(self) -> Chunks:  # type: ignore[override]
        return self

    async def __anext__(self) -> bytes:
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        return self.chunk


async def post_chunks(
    http: httpx.AsyncClient, path: str, count: int, chunk: bytes
) -> httpx.Response:
    request = httpx.Request(
        "POST",
        f"http://app{path}",
        params={"token": SECRET},
        headers=FORM,
        stream=Chunks(count, chunk),
    )
    return await http.send(request)


def server_logs(caplog: pytest.LogCaptureFixture) -> str:
    """Everything logged, but by the test's own httpx client (it plays ClickSend)."""
    return "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records if r.name != "httpx"
    )


class Inbox:
    """The callback: keeps the events, or raises when told to."""

    def __init__(self, *, fail: bool = False) -> None:
        self.events: list[WebhookEvent] = []
        self.fail = fail

    async def __call__(self, event: WebhookEvent) -> None:
        if self.fail:
            raise RuntimeError("the database is down")
        self.events.append(event)


def fastapi_route(endpoint: WebhookEndpoint) -> tuple[FastAPI, str]:
    methods = ["GET", "POST", "PUT"]
    return FastAPI(
        routes=[Route("/hooks/clicksend", endpoint, methods=methods)]
    ), "/hooks/clicksend"


def fastapi_add_route(endpoint: WebhookEndpoint) -> tuple[FastAPI, str]:
    app = FastAPI()
    app.add_route("/hooks/clicksend", endpoint, methods=["GET", "POST"])  # type: ignore[arg-type]
    return app, "/hooks/clicksend"


def starlette_route(endpoint: WebhookEndpoint) -> tuple[Starlette, str]:
    return Starlette(routes=[Route("/hooks", endpoint, methods=["GET", "POST", "PUT"])]), "/hooks"


def fastapi_mount(endpoint: WebhookEndpoint) -> tuple[FastAPI, str]:
    app = FastAPI()
    app.mount("/hooks/clicksend", endpoint)
    return app, "/hooks/clicksend/"  # a mount serves the path below it


PLACES = [fastapi_route, fastapi_add_route, starlette_route, fastapi_mount]


@asynccontextmanager
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://app"
    ) as http:
        yield http


async def send(
    app: Any, path: str, encoding: str, fields: dict[str, Any], token: str | None = SECRET
) -> httpx.Response:
    """One call as ClickSend makes it: a form POST, a JSON POST or a GET query."""
    params = {} if token is None else {"token": token}
    async with client(app) as http:
        if encoding == "form":
            return await http.post(path, params=params, data=fields)
        if encoding == "json":
            return await http.post(path, params=params, json=fields)
        return await http.get(path, params={**fields, **params})


def sent_as(sample: Sample, encoding: str) -> dict[str, Any]:
    return sample.fields if encoding == "json" else form_fields(sample)


@pytest.mark.parametrize("encoding", ["form", "json", "get"])
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
async def test_every_kind_in_every_encoding_reaches_the_callback_typed(
    sample: Sample, encoding: str
) -> None:
    inbox = Inbox()
    kind = sample.kind if sample.needs_kind else None
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET, kind=kind))
    answer = await send(app, path, encoding, sent_as(sample, encoding))
    assert (answer.status_code, answer.text) == (200, "OK")
    (event,) = inbox.events
    assert type(event) is sample.kind
    assert event == parse(sent_as(sample, encoding), kind=kind)
    for name, value in sample.expected.items():
        assert getattr(event, name) == value, name
    assert "token" not in event.extra


@pytest.mark.parametrize("place", PLACES)
async def test_refusals_are_logged_with_the_path_as_requested(
    place: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app, path = place(WebhookEndpoint(Inbox(), secret=SECRET))
    with caplog.at_level(logging.WARNING, logger="clicksend_async.webhooks"):
        await send(app, path, "form", RECEIPT, token="wrong")
    (record,) = [r for r in caplog.records if r.name == "clicksend_async.webhooks"]
    assert record.getMessage().startswith(f"ClickSend webhook {path} refused with 401")


@pytest.mark.parametrize("place", PLACES)
async def test_it_works_as_a_route_a_starlette_route_and_a_mount(place: Any) -> None:
    inbox = Inbox()
    app, path = place(WebhookEndpoint(inbox, secret=SECRET))
    for encoding in ("form", "json", "get"):
        assert (await send(app, path, encoding, RECEIPT)).status_code == 200
    assert [type(e) for e in inbox.events] == [SmsReceipt] * 3
    assert len({e.event_id for e in inbox.events}) == 1  # the same receipt, three times


@pytest.mark.parametrize("token", [None, "", "wrong", SECRET[:-1], SECRET + "x", SECRET.upper()])
@pytest.mark.parametrize("encoding", ["form", "json", "get"])
async def test_a_missing_or_wrong_token_is_401_and_reaches_no_callback(
    token: str | None, encoding: str
) -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    answer = await send(app, path, encoding, RECEIPT, token=token)
    assert answer.status_code == 401
    assert SECRET not in answer.text
    assert inbox.events == []


async def test_a_repeated_token_or_a_token_in_the_body_is_401() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    async with client(app) as http:
        twice = await http.post(f"{path}?token={SECRET}&token={SECRET}", data=RECEIPT)
        in_body = await http.post(path, data={**RECEIPT, "token": SECRET})
    assert (twice.status_code, in_body.status_code) == (401, 401)
    assert inbox.events == []


async def test_the_token_is_checked_before_the_body_is_read() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET, max_body=10))
    answer = await send(app, path, "form", {**RECEIPT, "pad": "x" * 1000}, token="wrong")
    assert answer.status_code == 401


async def test_several_secrets_while_rotating() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=["old-secret", SECRET]))
    for token, status in (("old-secret", 200), (SECRET, 200), ("older", 401)):
        assert (await send(app, path, "form", RECEIPT, token=token)).status_code == status
    assert len(inbox.events) == 2


async def test_a_url_encoded_token_is_compared_decoded() -> None:
    inbox = Inbox()
    secret = "a+b/c=d&e"
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=secret))
    assert (await send(app, path, "form", RECEIPT, token=secret)).status_code == 200
    assert len(inbox.events) == 1


async def test_a_body_over_the_limit_is_413_declared_or_streamed() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET, max_body=200))
    big = {**RECEIPT, "pad": "x" * 300}
    declared = await send(app, path, "form", big)

    async with client(app) as http:
        streamed = await post_chunks(http, path, 10, b"pad=" + b"x" * 50 + b"&")
        fits = await http.post(path, params={"token": SECRET}, data=RECEIPT)
    assert (declared.status_code, streamed.status_code, fits.status_code) == (413, 413, 200)
    assert "200 bytes" in declared.text
    assert len(inbox.events) == 1


@pytest.mark.parametrize(
    ("content_type", "body", "says"),
    [
        ("application/json", b'{"message_id": "M", ', "not valid JSON"),
        ("application/json", b'["message_id"]', "must be an object"),
        ("application/json", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        ("application/x-www-form-urlencoded", b"message_id=%FF%FE&status_code=201", "UTF-8"),
        ("application/x-www-form-urlencoded", b"\xff\xfe=1", "UTF-8"),
        (
            "application/x-www-form-urlencoded",
            b"message_id=M&timestamp=soon&status_code=1",
            "timestamp",
        ),
        ("application/x-www-form-urlencoded", b"status_code=201", "message_id"),
        ("application/x-www-form-urlencoded", b"hello=world", "kind="),
        (None, b'{"message_id": "M", "timestamp": "x", "from": "+1"}', "timestamp"),
        ("text/plain", b"message_id=M&from=%2B1&body=hi&timestamp=x", "timestamp"),
    ],
)
async def test_fields_that_are_no_event_are_400_naming_the_fault(
    content_type: str | None, body: bytes, says: str
) -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET, max_body=300_000))
    headers = {} if content_type is None else {"content-type": content_type}
    async with client(app) as http:
        answer = await http.post(path, params={"token": SECRET}, content=body, headers=headers)
    assert answer.status_code == 400
    assert says in answer.text
    assert inbox.events == []


async def test_a_body_without_content_type_is_read_as_json_or_form() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    async with client(app) as http:
        for body in (json.dumps(RECEIPT).encode(), b"message_id=31BC&status_code=201&timestamp=7"):
            answer = await http.post(path, params={"token": SECRET}, content=body)
            assert answer.status_code == 200
        charset = await http.post(
            path,
            params={"token": SECRET},
            content=b"message_id=31BC&status_code=201&timestamp=7",
            headers={"content-type": "application/x-www-form-urlencoded; charset=UTF-8"},
        )
        assert charset.status_code == 200
    assert len({e.event_id for e in inbox.events}) == 1
    assert len(inbox.events) == 3


async def test_an_empty_post_takes_its_fields_from_the_query() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    async with client(app) as http:
        answer = await http.post(path, params={**RECEIPT, "token": SECRET})
    assert answer.status_code == 200
    assert inbox.events[0].message_id == "31BC"


async def test_multipart_is_415_and_other_methods_405() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    async with client(app) as http:
        multipart = await http.post(path, params={"token": SECRET}, files={"f": b"x"}, data=RECEIPT)
        put = await http.put(path, params={"token": SECRET}, data=RECEIPT)
    assert multipart.status_code == 415
    assert (put.status_code, put.headers["allow"]) == (405, "GET, POST")
    assert inbox.events == []


async def test_a_failing_callback_is_500_logged_without_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, path = fastapi_route(WebhookEndpoint(Inbox(fail=True), secret=SECRET))
    with caplog.at_level(logging.DEBUG):
        answer = await send(app, path, "form", RECEIPT)
    assert answer.status_code == 500
    assert "database" not in answer.text  # the error stays in the log
    (record,) = [r for r in caplog.records if r.name == "clicksend_async.webhooks"]
    assert record.levelno == logging.ERROR
    assert "sms_receipt:31BC:201:7" in record.getMessage()
    assert record.exc_info is not None
    assert SECRET not in server_logs(caplog)


async def test_no_log_and_no_answer_ever_holds_the_token(caplog: pytest.LogCaptureFixture) -> None:
    app, path = fastapi_route(WebhookEndpoint(Inbox(), secret=SECRET, max_body=100))
    answers = []
    with caplog.at_level(logging.DEBUG):
        for fields, token in [
            (RECEIPT, SECRET),
            (RECEIPT, SECRET + "-wrong"),
            ({"message_id": "M", "timestamp": SECRET}, SECRET),
            ({**RECEIPT, "pad": "x" * 200}, SECRET),
        ]:
            answers.append(await send(app, path, "form", fields, token=token))
    assert [a.status_code for a in answers] == [200, 401, 400, 413]
    assert all(SECRET not in a.text for a in answers[:2] + answers[3:])
    assert SECRET not in server_logs(caplog)
    assert len([r for r in caplog.records if r.name == "clicksend_async.webhooks"]) == 3
    for record in caplog.records:
        if record.name == "clicksend_async.webhooks":
            assert "/hooks/clicksend" in record.getMessage()


async def test_a_redelivery_has_the_same_event_id() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))
    for encoding in ("form", "json", "form"):
        await send(app, path, encoding, RECEIPT)
    later = {**RECEIPT, "status_code": "301", "timestamp": "9"}
    await send(app, path, "form", later)
    ids = [e.event_id for e in inbox.events]
    assert ids[0] == ids[1] == ids[2] != ids[3]


async def test_a_route_for_one_kind_parses_every_call_as_that_kind() -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET, kind="inbound_sms"))
    inbound = {"message_id": "I", "from": "+61411111111", "body": "STOP", "status": "odd"}
    assert (await send(app, path, "form", inbound)).status_code == 200
    assert (await send(app, path, "form", RECEIPT)).status_code == 400  # no `from`
    assert [type(e) for e in inbox.events] == [InboundSms]


async def test_served_alone_it_answers_the_lifespan_and_refuses_websockets() -> None:
    endpoint = WebhookEndpoint(Inbox(), secret=SECRET)
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    outgoing: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send_(message: Any) -> None:
        outgoing.append(message)

    await endpoint({"type": "lifespan"}, receive, send_)
    assert [m["type"] for m in outgoing] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]
    with pytest.raises(RuntimeError, match="serves HTTP"):
        await endpoint({"type": "websocket"}, receive, send_)


async def test_a_client_gone_mid_body_gets_no_answer_and_reaches_no_callback() -> None:
    inbox = Inbox()
    endpoint = WebhookEndpoint(inbox, secret=SECRET)
    incoming = [
        {"type": "http.request", "body": b"message_id=M&status_code=201", "more_body": True},
        {"type": "http.disconnect"},
    ]
    outgoing: list[Any] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send_(message: Any) -> None:
        outgoing.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/hooks",
        "query_string": f"token={SECRET}".encode(),
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
    }
    await endpoint(scope, receive, send_)
    assert (outgoing, inbox.events) == ([], [])


async def test_a_token_or_length_that_cannot_be_read_is_refused() -> None:
    inbox = Inbox()
    endpoint = WebhookEndpoint(inbox, secret=SECRET)
    outgoing: list[Any] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"message_id=M&status_code=201"}

    async def send_(message: Any) -> None:
        outgoing.append(message)

    base = {"type": "http", "method": "POST", "path": "/hooks", "headers": []}
    await endpoint({**base, "query_string": b"token=%FF%FE"}, receive, send_)
    await endpoint(
        {
            **base,
            "query_string": f"token={SECRET}".encode(),
            "headers": [(b"content-length", b"x")],
        },
        receive,
        send_,
    )
    statuses = [m["status"] for m in outgoing if m["type"] == "http.response.start"]
    assert statuses == [401, 400]
    assert inbox.events == []


def test_bad_settings_are_refused_at_construction() -> None:
    async def callback(event: WebhookEvent) -> None: ...

    for secret in ("", [], [SECRET, ""], None):
        with pytest.raises(ValueError, match="secret must be a non-empty string"):
            WebhookEndpoint(callback, secret=secret)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="secret must be a non-empty string"):
            webhook_dependency(secret=secret)  # type: ignore[arg-type]
    for size in (0, -1, True, 1.5):
        with pytest.raises(ValueError, match="max_body must be a positive number"):
            WebhookEndpoint(callback, secret=SECRET, max_body=size)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind must be one of"):
        WebhookEndpoint(callback, secret=SECRET, kind="sms")
    for not_async in ("print", print, lambda event: None, Inbox().events.append):
        with pytest.raises(TypeError, match="callback must be an async function"):
            WebhookEndpoint(not_async, secret=SECRET)  # type: ignore[arg-type]
    WebhookEndpoint(functools.partial(callback), secret=SECRET)
    WebhookEndpoint(Inbox(), secret=SECRET)  # an object with async __call__
    assert SECRET not in repr(WebhookEndpoint(callback, secret=SECRET))


# -- the dependency, in an endpoint of the user's own --------------------------------------------


def own_endpoint(**settings_: Any) -> tuple[FastAPI, list[WebhookEvent]]:
    seen: list[WebhookEvent] = []
    clicksend_event = webhook_dependency(secret=SECRET, **settings_)
    app = FastAPI()

    @app.api_route("/own", methods=["GET", "POST"])
    async def own(event: WebhookEvent = Depends(clicksend_event)) -> dict[str, str]:  # noqa: B008
        seen.append(event)
        return {"id": event.event_id}

    return app, seen


@pytest.mark.parametrize("encoding", ["form", "json", "get"])
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
async def test_the_dependency_gives_the_endpoint_every_kind(sample: Sample, encoding: str) -> None:
    app, seen = own_endpoint(kind=sample.kind if sample.needs_kind else None)
    answer = await send(app, "/own", encoding, sent_as(sample, encoding))
    assert answer.status_code == 200
    (event,) = seen
    assert type(event) is sample.kind
    assert answer.json() == {"id": event.event_id}


async def test_the_dependency_refuses_before_the_endpoint_runs() -> None:
    app, seen = own_endpoint(max_body=100)
    wrong = await send(app, "/own", "form", RECEIPT, token="nope")
    big = await send(app, "/own", "form", {**RECEIPT, "pad": "x" * 200})
    bad = await send(app, "/own", "json", {"message_id": "M", "timestamp": "x", "from": "+1"})

    async with client(app) as http:
        streamed = await post_chunks(http, "/own", 10, b"pad=" + b"x" * 50 + b"&")
    assert [r.status_code for r in (wrong, big, bad, streamed)] == [401, 413, 400, 413]
    assert "timestamp" in bad.json()["detail"]
    assert seen == []


# -- never a crash: any form body is a 200 with an event, or a 400 with none ---------------------

FORM_BODIES = st.one_of(
    st.binary(max_size=200),
    st.dictionaries(
        st.sampled_from(["message_id", "status_code", "from", "timestamp", "message_type", "x"]),
        st.text(max_size=10),
    ).map(lambda fields: urlencode(fields).encode()),
)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@settings(max_examples=100, deadline=None)
@given(body=FORM_BODIES, content_type=st.sampled_from([*FORM.values(), "application/json", ""]))
def test_any_body_is_an_event_or_a_400_never_a_crash(
    backend: str, body: bytes, content_type: str
) -> None:
    inbox = Inbox()
    app, path = fastapi_route(WebhookEndpoint(inbox, secret=SECRET))

    async def post() -> httpx.Response:
        async with client(app) as http:
            headers = {"content-type": content_type} if content_type else {}
            return await http.post(path, params={"token": SECRET}, content=body, headers=headers)

    answer = anyio.run(post, backend=backend)
    assert answer.status_code in (200, 400)
    assert len(inbox.events) == (answer.status_code == 200)
