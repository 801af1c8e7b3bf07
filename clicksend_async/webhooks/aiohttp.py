"""ClickSend webhooks for aiohttp: a request handler that hands each event to your callback.

    from aiohttp import web
    from clicksend_async.webhooks import WebhookEvent
    from clicksend_async.webhooks.aiohttp import webhook_handler

    async def on_event(event: WebhookEvent) -> None:
        ...

    app = web.Application()
    app.router.add_route("*", "/hooks/clicksend", webhook_handler(on_event, secret=SECRET))

The URL given to ClickSend's automation rule is `https://<host>/hooks/clicksend?token=<SECRET>`.
aiohttp runs on asyncio only. Needs aiohttp (`pip install "clicksend-async[aiohttp]"`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from aiohttp import web

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

__all__ = ["DEFAULT_MAX_BODY", "webhook_handler"]

_CHUNK = 16 * 1024


def webhook_handler(
    callback: Callback,
    *,
    secret: str | Iterable[str],
    max_body: int = DEFAULT_MAX_BODY,
    kind: str | type[WebhookEvent] | None = None,
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler that receives ClickSend's webhook calls and awaits `callback(event)`.

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
        max_body: The largest body read, in bytes (aiohttp's own `client_max_size` does not
            apply: the body is streamed).
        kind: The one kind of event this route receives (`SmsReceipt`, `"inbound_sms"`, ...),
            when its automation rule only sends that; by default told from the fields.

    Returns:
        The handler, for `app.router.add_route("*", path, handler)` (or `add_post`/`add_get`).

    Raises:
        ValueError: An empty secret, a `max_body` below 1, or an unknown `kind`.
    """
    check_callback(callback)
    gate = Gate(secret, max_body=max_body, kind=kind)

    async def answer(request: web.Request) -> Answer:
        # The raw query: `query_string` is already percent-decoded once (`%25` -> `%`).
        query = gate.check_token(request.rel_url.raw_query_string)
        gate.check_length(request.headers.get("Content-Length"))
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > gate.max_body:
                raise Refused(gate.too_large)
            chunks.append(chunk)
        content_type = request.headers.get("Content-Type")
        event = gate.event(request.method, content_type, b"".join(chunks), query)
        return await deliver(callback, event, request.path)

    async def clicksend_webhook(request: web.Request) -> web.Response:
        try:
            result = await answer(request)
        except Refused as refusal:
            result = refused(refusal.answer, request.path)
        headers = {"Allow": "GET, POST"} if result.status == 405 else None
        return web.Response(status=result.status, text=result.text, headers=headers)

    return clicksend_webhook
