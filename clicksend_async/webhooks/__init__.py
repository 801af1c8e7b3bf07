"""Delivery receipts and inbound messages that ClickSend posts to your URL, as typed events.

    from clicksend_async.webhooks import InboundSms, SmsReceipt, parse

    event = parse({"message_id": "31BC...", "status_code": "201", "message_type": "sms"})
    assert isinstance(event, SmsReceipt) and event.status_code == 201

ClickSend calls the URL of an automation rule (`action: "URL"`) with a form POST by default,
or with a JSON POST or a GET query when an inbound rule's `webhook_type` asks for it; every
value of a form or query is a string. `parse` reads any of these. The adapters check a shared
secret, limit the body, parse and hand the event to your async callback:

- `clicksend_async.webhooks.starlette`: `WebhookEndpoint` (an ASGI app for Starlette and
  FastAPI) and `webhook_dependency` (for your own FastAPI endpoint);
  `pip install "clicksend-async[starlette]"`.
- `clicksend_async.webhooks.aiohttp`: `webhook_handler`; `pip install "clicksend-async[aiohttp]"`.

Importing this package imports neither framework.
"""

from ._errors import WebhookParseError
from ._events import (
    EmailReceipt,
    FaxReceipt,
    InboundFax,
    InboundSms,
    MmsReceipt,
    Receipt,
    SmsReceipt,
    VoiceReceipt,
    WebhookEvent,
)
from ._parse import EVENT_KINDS, parse

__all__ = [
    "EVENT_KINDS",
    "EmailReceipt",
    "FaxReceipt",
    "InboundFax",
    "InboundSms",
    "MmsReceipt",
    "Receipt",
    "SmsReceipt",
    "VoiceReceipt",
    "WebhookEvent",
    "WebhookParseError",
    "parse",
]
