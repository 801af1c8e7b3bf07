"""A FastAPI backend that follows its messages through ClickSend's delivery receipts.

    CLICKSEND_WEBHOOK_SECRET=$(python -c "import secrets; print(secrets.token_urlsafe(32))") \\
        uvicorn examples.webhooks_fastapi:app --no-access-log

Give ClickSend's automation rules (SMS and voice receipts, inbound SMS) the URL
`https://<your host>/hooks/clicksend?token=<the secret>`. Each receipt updates the status of its
message, each reply is kept with the message it answers, and `GET /messages/{message_id}` shows
both. A receipt ClickSend delivers twice (it calls again until it gets a 200) is applied once;
receipts that arrive out of order never move a message back to an older status.

The store is a dict for the example; in production it is a table whose unique key is the
event id, written in the callback: if the write fails, the callback raises, the route answers
500 and ClickSend calls again later.
"""

from __future__ import annotations

import os

import attrs
from fastapi import FastAPI, HTTPException
from starlette.routing import Route

from clicksend_async.webhooks import InboundSms, Receipt, WebhookEvent
from clicksend_async.webhooks.starlette import WebhookEndpoint


@attrs.define
class Message:
    """What is known of one message sent: its latest status and the replies to it."""

    status_code: int | str | None = None
    status_text: str | None = None
    status_time: int = -1
    replies: list[str] = attrs.Factory(list)


class Store:
    """The app's memory: messages by id, and the ids of the events already applied."""

    def __init__(self) -> None:
        self.messages: dict[str, Message] = {}
        self.applied: set[str] = set()

    async def apply(self, event: WebhookEvent) -> None:
        """Apply one event, once: a redelivery changes nothing."""
        if event.event_id in self.applied:
            return
        if isinstance(event, Receipt):
            message = self.messages.setdefault(event.message_id, Message())
            time = event.timestamp or 0
            if time >= message.status_time:  # an older receipt arriving late changes nothing
                message.status_code = event.status_code
                message.status_text = event.status_text
                message.status_time = time
        elif isinstance(event, InboundSms) and event.original_message_id:
            message = self.messages.setdefault(event.original_message_id, Message())
            message.replies.append(f"{event.from_}: {event.body}")
        self.applied.add(event.event_id)


store = Store()
endpoint = WebhookEndpoint(store.apply, secret=os.environ["CLICKSEND_WEBHOOK_SECRET"])
app = FastAPI(routes=[Route("/hooks/clicksend", endpoint, methods=["GET", "POST"])])


@app.get("/messages/{message_id}")
async def message(message_id: str) -> dict[str, object]:
    found = store.messages.get(message_id)
    if found is None:
        raise HTTPException(404, "no receipt or reply for this message yet")
    return attrs.asdict(found)
