"""Receipts and inbound messages, shared by the channels: polled, marked read, test-called.

- Listing shows what is kept for polling and not yet marked read, oldest first (a receipt or an
  inbound message is kept only while no webhook is set for its kind).
- mark-read takes an optional `date_before` (Unix seconds): only what came before it is marked;
  without it everything is.
- The test-webhook calls (`POST /sms/receipts`, `/sms/inbound`, ...) call the given `url` once,
  for real, with a test payload in the asked format (`webhook_type`, default a form POST), and
  answer that payload. The URL must be http or https.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from .._messaging.engine import Kept
from .._messaging.webhooks import WEBHOOK_FORMATS, Format, Webhook
from .._protocol import bad_request, not_found
from ._base import Call, Result, handles

_URL = re.compile(r"https?://[^\s/]+\S*")


def receipt_page(call: Call, kind: str) -> dict[str, Any]:
    """One page of the unread receipts (or inbound messages) of `kind`."""
    kept = call.engine.unread(call.me, kind)
    fields = tuple(kept[0].fields) if kept else ("message_id",)
    return call.page(kept, _fields, fields, kind)


def _fields(kept: Kept) -> dict[str, Any]:
    return kept.fields


def find_kept(call: Call, kind: str, name: str = "message_id") -> Kept:
    """A kept receipt or inbound message, by the id in the path parameter `name`."""
    wanted = call.params[name].upper()
    for kept in call.engine.mailbox(call.me).of(kind):
        if kept.message_id.upper() == wanted:
            return kept
    raise not_found(f"No such message: {call.params[name][:40]}.")


def mark_read(call: Call, kind: str) -> int:
    """Mark read the kept records of `kind`, before `date_before` if given."""
    before = call.body().get("date_before")
    if isinstance(before, str) and before.strip().isdigit():
        before = int(before)
    if before is not None and (isinstance(before, bool) or not isinstance(before, int)):
        raise bad_request("date_before must be Unix seconds (a whole number).")
    return call.engine.mark_read(call.me, kind, before=before)


def serve_receipts(channel: str, *, get: bool = True) -> None:
    """Register the polling calls of a channel's receipts: list, mark read and (`get`) get one.

    `<channel>_receipts_list` pages the unread receipts, `<channel>_receipts_mark_read` marks
    them read (before `date_before`, if given), `<channel>_receipts_get` finds one by its
    message id.
    """
    kind = f"{channel}_receipts"

    def listing(call: Call) -> Result:
        return "Here are your delivery receipts.", receipt_page(call, kind)

    def read(call: Call) -> Result:
        mark_read(call, kind)
        return "Receipts has been marked as read.", []

    def one(call: Call) -> Result:
        return "Your receipt.", find_kept(call, kind).fields

    handles(f"{kind}_list")(listing)
    handles(f"{kind}_mark_read")(read)
    if get:
        handles(f"{kind}_get")(one)


def call_test_webhook(call: Call, kind: str, payload: Callable[[Call], dict[str, Any]]) -> Result:
    """Call `url` of the body with a test payload; answer the payload."""
    body = call.body()
    url = body.get("url")
    if not isinstance(url, str) or not url.strip():
        raise bad_request("url is required: the http(s) URL to call.", {"url": ["Required."]})
    if not _URL.fullmatch(url.strip()):
        raise bad_request("url must be an http or https URL.", {"url": ["Invalid URL."]})
    kind_format = body.get("webhook_type") or "post"
    if kind_format not in WEBHOOK_FORMATS:
        raise bad_request(f"webhook_type must be one of {', '.join(WEBHOOK_FORMATS)}.")
    fields = payload(call)
    call.engine.call(kind + "_test", Webhook(url.strip(), cast("Format", kind_format)), fields)
    return "Receipt has been added", fields
