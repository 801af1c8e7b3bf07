"""A user's webhook code as mypy --strict sees it: typed events, no Any (never run)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import assert_type

from aiohttp import web
from fastapi import Depends, FastAPI
from starlette.routing import Route

from clicksend_async.webhooks import (
    FaxReceipt,
    InboundSms,
    SmsReceipt,
    VoiceReceipt,
    WebhookEvent,
    WebhookParseError,
    parse,
)
from clicksend_async.webhooks.aiohttp import webhook_handler
from clicksend_async.webhooks.starlette import WebhookEndpoint, webhook_dependency


async def on_event(event: WebhookEvent) -> None:
    assert_type(event.event_id, str)
    assert_type(event.extra, Mapping[str, str | None])
    if isinstance(event, SmsReceipt):
        assert_type(event.status_code, int | str | None)
        assert_type(event.timestamp, int | None)
    elif isinstance(event, VoiceReceipt):
        assert_type(event.digits, str | None)
    elif isinstance(event, InboundSms):
        assert_type(event.from_, str)
        assert_type(event.keyword, str | None)
        assert_type(event.body, str)


def parsing(fields: Mapping[str, str]) -> None:
    assert_type(parse(fields), WebhookEvent)
    assert_type(parse(fields, kind=FaxReceipt), FaxReceipt)
    assert_type(parse(fields, kind="fax_receipt"), WebhookEvent)
    assert_type(SmsReceipt.parse(fields), SmsReceipt)
    assert_type(FaxReceipt.parse(fields).message_price, Decimal | None)
    try:
        parse(fields)
    except WebhookParseError as error:
        assert_type(error.field, str | None)


endpoint = WebhookEndpoint(on_event, secret="s", max_body=4096, kind=SmsReceipt)
app = FastAPI(routes=[Route("/hooks/clicksend", endpoint, methods=["GET", "POST"])])
app.mount("/mounted", WebhookEndpoint(on_event, secret=["old", "new"]))
clicksend_event = webhook_dependency(secret="s")


async def own(event: WebhookEvent = Depends(clicksend_event)) -> str:  # noqa: B008
    return event.event_id


app.add_api_route("/own", own, methods=["POST"])  # FastAPI's decorators are typed with Any


aio = web.Application()
aio.router.add_route("*", "/hooks/clicksend", webhook_handler(on_event, secret="s"))
