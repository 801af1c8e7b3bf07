"""Automation rules: where receipts and inbound messages go (a URL, or kept for polling).

The rules themselves are plain records of the generic CRUD store (`crud`); what is ClickSend's
own is here:

- A rule whose `action` is URL needs an http(s) `action_address` (400 BAD_REQUEST otherwise);
  an inbound SMS rule's `webhook_type` picks the call: post (a form, the default), json or get.
- After any change of an account's rules of a kind, its enabled URL rules decide where the
  events of that kind go (`Engine.emit`): the first one matching an event (inbound rules: the
  dedicated number, "*" for any, and the body search) calls its URL; any other event is kept
  for polling, as with a POLL rule or no rule at all.
- A rule set this way and `EmbeddedClickSend.set_webhook` can live together: the rules are
  asked first.
"""

from __future__ import annotations

import re
from typing import Any, Final, cast

from .._messaging.engine import Rule
from .._messaging.webhooks import WEBHOOK_FORMATS, Format, Webhook
from .._protocol import bad_request
from ._base import Call
from .crud import on_change, on_create, on_update, records

#: The rule collections (`x-crud` of openapi.yaml), by the kind of event they route.
COLLECTIONS: Final = {
    f"automations_{kind}": kind
    for kind in (
        "sms_inbound",
        "fax_inbound",
        "sms_receipts",
        "voice_receipts",
        "email_receipts",
        "fax_receipts",
    )
}
_URL = re.compile(r"https?://[^\s/]+\S*")


def _enabled(value: object) -> bool:
    return value in (1, True, "1", "true")


def _check(call: Call, record: dict[str, Any], sent: dict[str, Any]) -> None:
    action = str(record.get("action") or "").upper()
    if action == "URL" and not _URL.fullmatch(str(record.get("action_address") or "")):
        raise bad_request(
            "action_address must be an http(s) URL when action is URL.",
            {"action_address": ["Invalid URL."]},
        )
    webhook_type = record.get("webhook_type")
    if webhook_type not in (None, "", *WEBHOOK_FORMATS):
        raise bad_request(
            f"webhook_type must be one of {', '.join(WEBHOOK_FORMATS)}.",
            {"webhook_type": ["Invalid webhook type."]},
        )


def _route(call: Call, collection: str) -> None:
    rules = []
    for record in records(call, collection).values():
        if str(record.get("action") or "").upper() != "URL" or not _enabled(record["enabled"]):
            continue
        webhook_type = record.get("webhook_type") or "post"
        search_type = record.get("message_search_type")
        rules.append(
            Rule(
                Webhook(str(record["action_address"]), cast("Format", webhook_type)),
                number=str(record.get("dedicated_number") or "*"),
                search_type=search_type if isinstance(search_type, int) else 0,
                search_term=str(record.get("message_search_term") or ""),
            )
        )
    call.engine.rules[(call.me.username, COLLECTIONS[collection])] = rules
    if rules:
        call.engine.start_webhooks()


for _collection in COLLECTIONS:
    on_create(_collection)(_check)
    on_update(_collection)(_check)
    on_change(_collection)(_route)
