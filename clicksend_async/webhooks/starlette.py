"""ClickSend webhooks for Starlette and FastAPI: an ASGI endpoint, and a dependency.

    from fastapi import FastAPI
    from starlette.routing import Route
    from clicksend_async.webhooks import InboundSms, WebhookEvent
    from clicksend_async.webhooks.starlette import WebhookEndpoint

    async def on_event(event: WebhookEvent) -> None:
        if isinstance(event, InboundSms):
            print(event.from_, event.body)

    endpoint = WebhookEndpoint(on_event, secret=SECRET)
    app = FastAPI(routes=[Route("/hooks/clicksend", endpoint, methods=["GET", "POST"])])

The URL given to ClickSend's automation rule is `https://<host>/hooks/clicksend?token=<SECRET>`.
`WebhookEndpoint` is a plain ASGI app: a Starlette `Route(path, endpoint)` (in the `routes` of
`FastAPI`, `Starlette` or `APIRouter`), `app.mount(path, endpoint)` (which serves `path + "/"`)
or an ASGI server all take it. (`app.add_route` works too, but its type hints ask for a
request handler.) For an endpoint of your own, depend on
`webhook_dependency(secret=...)` instead: it gives the event, or answers 401/413/415/400 itself.

Needs Starlette (`pip install "clicksend-async[starlette]"`); FastAPI brings it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request

from ._events import WebhookEvent
from ._intake import (
    DEFAULT_MAX_BODY,
    Answer,
    Callback,
    Gate,
    Refused,
    check_callback,
    deliver,
    refused,
)

__all__ = ["DEFAULT_MAX_BODY", "WebhookEndpoint", "webhook_dependency"]

_Scope = MutableMapping[str, Any]
_Message = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[_Message]]
_Send = Callable[[_Message], Awaitable[None]]

_TEXT = [(b"content-type", b"text/plain; charset=utf-8")]


class WebhookEndpoint:
    """An ASGI app that receives ClickSend's webhook calls and hands each event to `callback`.

    It answers 401 to a missing or wrong `token` query parameter, 413 to a body over
    `max_body`, 415 to multipart, 400 to fields that are no event (naming the field), 405 to
    methods other than GET and POST: all without calling `callback`. Otherwise it awaits
    `callback(event)` and answers 200, or 500 when the callback raises (logged, so that
    ClickSend calls again; use `event.event_id` to recognise the repeat). ClickSend waits for
    the answer: keep the callback short (store the event, or queue the work).

    Args:
        callback: An async function taking the event (any kind, unless `kind` is given).
        secret: The token of the URL given to ClickSend (`?token=...`); a list of several is
            accepted while you rotate it. Compared in constant time, never logged.
        max_body: The largest body read, in bytes.
        kind: The one kind of event this route receives (`SmsReceipt`, `"inbound_sms"`, ...),
            when its automation rule only sends that; by default told from the fields.

    Raises:
        ValueError: An empty secret, a `max_body` below 1, or an unknown `kind`.
    """

    def __init__(
        self,
        callback: Callback,
        *,
        secret: str | Iterable[str],
        max_body: int = DEFAULT_MAX_BODY,
        kind: str | type[WebhookEvent] | None = None,
    ) -> None:
        check_callback(callback)
        self._callback = callback
        self._gate = Gate(secret, max_body=max_body, kind=kind)

    def __repr__(self) -> str:
        return f"WebhookEndpoint({self._callback!r}, max_body={self._gate.max_body})"

    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None:
        """Serve one ASGI connection (HTTP; lifespan answered when served on its own)."""
        if scope["type"] == "lifespan":  # served alone (uvicorn app): nothing to start
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"WebhookEndpoint serves HTTP, not {scope['type']}")
        path = _path(scope)
        try:
            answer = await self._answer(scope, receive, path)
        except Refused as refusal:
            answer = refused(refusal.answer, path)
        except _ClientGone:  # ClickSend hung up mid-body: no event, no one to answer
            return
        await _respond(send, answer)

    async def _answer(self, scope: _Scope, receive: _Receive, path: str) -> Answer:
        gate = self._gate
        query = gate.check_token(scope["query_string"].decode("latin-1"))
        content_type = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                gate.check_length(value.decode("latin-1"))
            elif name == b"content-type":
                content_type = value.decode("latin-1")
        body = await _read(receive, gate)
        event = gate.event(scope["method"], content_type, body, query)
        return await deliver(self._callback, event, path)


def _path(scope: _Scope) -> str:
    """The request's path, for the log (never its query: that holds the token)."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    # ASGI puts the root path in front of `path`; older servers and routers did not.
    return path if path.startswith(root) else root + path


class _ClientGone(Exception):
    """The client disconnected before the whole body came: a part of a form is no event."""


async def _read(receive: _Receive, gate: Gate) -> bytes:
    """The request body, refused with 413 as soon as it passes the limit."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > gate.max_body:
            raise Refused(gate.too_large)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


_ENCODED: dict[Answer, tuple[list[tuple[bytes, bytes]], bytes]] = {}


async def _respond(send: _Send, answer: Answer) -> None:
    encoded = _ENCODED.get(answer)
    if encoded is None:  # a handful of distinct answers (400s vary): encode each once
        body = answer.text.encode()
        headers = [*_TEXT, (b"content-length", str(len(body)).encode())]
        if answer.status == 405:
            headers.append((b"allow", b"GET, POST"))
        encoded = (headers, body)
        if len(_ENCODED) < 64:
            _ENCODED[answer] = encoded
    headers, body = encoded
    await send({"type": "http.response.start", "status": answer.status, "headers": list(headers)})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: _Receive, send: _Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def webhook_dependency(
    *,
    secret: str | Iterable[str],
    max_body: int = DEFAULT_MAX_BODY,
    kind: str | type[WebhookEvent] | None = None,
) -> Callable[[Request], Awaitable[WebhookEvent]]:
    """A FastAPI dependency that gives your own endpoint the event of a ClickSend call.

        clicksend_event = webhook_dependency(secret=SECRET)

        @app.post("/hooks/clicksend")
        async def hook(event: Annotated[WebhookEvent, Depends(clicksend_event)]) -> str:
            ...

    The same checks as `WebhookEndpoint`, answered as `HTTPException`s (401, 413, 415, 400)
    before your endpoint runs. What your endpoint answers is then up to you: answer non-2xx
    when the event was not handled, so that ClickSend calls again.

    Args:
        secret: The token of the URL given to ClickSend (`?token=...`), or several.
        max_body: The largest body read, in bytes.
        kind: The one kind of event the endpoint receives; by default told from the fields.

    Returns:
        An async function of the Starlette `Request`, for `Depends(...)`.

    Raises:
        ValueError: An empty secret, a `max_body` below 1, or an unknown `kind`.
    """
    gate = Gate(secret, max_body=max_body, kind=kind)

    async def clicksend_webhook_event(request: Request) -> WebhookEvent:
        path = request.url.path
        try:
            query = gate.check_token(request.url.query)
            gate.check_length(request.headers.get("content-length"))
            chunks: list[bytes] = []
            size = 0
            stream = request.stream()
            try:
                async for chunk in stream:
                    size += len(chunk)
                    if size > gate.max_body:
                        raise Refused(gate.too_large)
                    chunks.append(chunk)
            finally:
                await stream.aclose()  # left half-read at the limit: closed now, not by the GC
            body = b"".join(chunks)
            return gate.event(request.method, request.headers.get("content-type"), body, query)
        except Refused as refusal:
            answer = refused(refusal.answer, path)
            raise HTTPException(answer.status, answer.text) from None

    return clicksend_webhook_event
