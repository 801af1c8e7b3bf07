"""SMS: send, price, cancel, history, delivery receipts and inbound replies.

- Each message needs `body` and either `to` (a number) or `list_id` (one message per contact
  of that list with a phone number). Its parts are counted by `_messaging.parts` (GSM-7
  160/153, UCS-2 70/67) and priced per part (`_messaging.pricing`); test numbers cost nothing.
- A number that is not 6 to 15 digits after an optional "+" gets the status INVALID_RECIPIENT;
  an unknown `list_id` gets NOT_ENOUGH_PERMISSION_TO_LIST_ID; neither is charged.
- History shows every message accepted (scheduled, sent, delivered, cancelled), newest first;
  `date_from`/`date_to` bound its `date`; `q` searches any shown field (`custom_string:...`).
- Cancel works on a scheduled message only (else 400 BAD_REQUEST; an unknown id 404);
  cancel-all cancels every scheduled SMS (those with `custom_string`, if given) and answers
  their count.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._messaging.engine import DELIVERED_CODE, DELIVERED_TEXT, NOBODY, RECEIPT_FIELDS, Message
from .._messaging.parts import count_parts
from .._protocol import bad_request, not_found
from ._base import Call, Result, handles
from ._events import call_test_webhook, find_kept, mark_read, receipt_page, serve_receipts
from ._sending import (
    Draft,
    accept,
    between,
    currency,
    export,
    phone_drafts,
    price_text,
    shown,
    text,
    totals,
)


def _sms_fields(call: Call, item: dict[str, Any], shown: dict[str, Any]) -> int:
    """Add what an SMS shows; return its parts."""
    parts = count_parts(shown["body"]).parts
    shown.update(
        direction="out",
        date=call.now,
        message_parts=parts,
        from_email=text(item.get("from_email")),
        user_id=call.me.user_id,
        subaccount_id=call.me.subaccount_id,
        is_shared_system_number=not item.get("from"),
        carrier="",
    )
    return parts


def sms_drafts(call: Call, body: dict[str, Any]) -> list[Draft]:
    """The checked and priced drafts of a body holding `messages`."""
    return phone_drafts(call, "sms", body, _sms_fields, required=("body",))


def _drafts(call: Call) -> list[Draft]:
    return sms_drafts(call, call.body())


def _answer(call: Call, drafts: list[Draft]) -> dict[str, Any]:
    total, count, queued = totals(drafts)
    return {
        "total_price": float(total),
        "total_count": count,
        "queued_count": queued,
        "messages": shown(drafts),
        "_currency": currency(call.me),
        "blocked_count": 0,
    }


@handles("sms_send")
def sms_send(call: Call) -> Result:
    """Send SMS: each message checked, priced and charged; refused ones answer their status."""
    drafts = _drafts(call)
    accept(call, "sms", drafts, send=True)
    return "Messages queued for delivery.", _answer(call, drafts)


@handles("sms_price")
def sms_price(call: Call) -> Result:
    """What `sms_send` would charge for the same body; nothing is sent or spent."""
    drafts = _drafts(call)
    for draft in drafts:
        draft.fields.pop("message_id", None)
    return "Here are your data.", _answer(call, drafts)


def history_status(message: Message) -> str:
    """The status history shows for a message."""
    return {"Delivered": "Delivered", "Sent": "Sent", "Cancelled": "Cancelled"}.get(
        message.status, "Scheduled"
    )


def render_history(message: Message) -> dict[str, Any]:
    """An SMS as `GET /sms/history` shows it (values spelled as in the docs' example)."""
    f = message.fields
    delivered = message.status == "Delivered"
    return {
        "direction": "out",
        "date": str(message.date),
        "to": message.to,
        "body": f["body"],
        "from": f["from"],
        "schedule": str(message.schedule),
        "message_id": message.message_id,
        "message_parts": f"{message.units:.2f}",
        "message_price": price_text(message.price),
        "from_email": f.get("from_email"),
        "list_id": f.get("list_id"),
        "custom_string": f.get("custom_string") or "",
        "contact_id": f.get("contact_id") or 0,
        "user_id": message.account.user_id,
        "subaccount_id": message.account.subaccount_id,
        "country": f["country"],
        "carrier": "",
        "first_name": None,
        "last_name": None,
        "_api_username": message.account.username,
        "status": history_status(message),
        "status_code": DELIVERED_CODE if delivered else None,
        "status_text": DELIVERED_TEXT if delivered else None,
        "error_code": None,
        "error_text": None,
    }


_SAMPLE = {"body": "", "from": "", "country": ""}
_HISTORY_FIELDS = tuple(
    render_history(Message("sms", "", NOBODY, "", _SAMPLE, 0, Decimal(0), 0, 0))
)


@handles("sms_history_list")
def sms_history_list(call: Call) -> Result:
    """The account's SMS, newest first, within `date_from`/`date_to`."""
    messages = between(call, call.engine.sent(call.me, "sms"))
    bounds = (call.first("date_from"), call.first("date_to"))
    return "Here are your data.", call.page(messages, render_history, _HISTORY_FIELDS, *bounds)


@handles("sms_history_export")
def sms_history_export(call: Call) -> Result:
    """The same messages as a CSV file the server holds."""
    messages = between(call, call.engine.sent(call.me, "sms"))
    return "Download your file here.", export(call, messages, render_history)


def find_message(call: Call, channel: str) -> Message:
    """The account's message of `channel` named by the path parameter `message_id`; else 404."""
    wanted = call.params["message_id"].upper()
    message = call.engine.messages.get(wanted)
    if message is None or message.account is not call.me or message.channel != channel:
        raise not_found(f"No such message: {call.params['message_id'][:40]}.")
    return message


def cancel_one(call: Call, channel: str) -> Result:
    """Cancel one scheduled message of `channel`."""
    message = find_message(call, channel)
    if not call.engine.cancel(message):
        raise bad_request(
            f"Message {message.message_id} is {message.status.lower()}: only a scheduled "
            "message can be cancelled."
        )
    return f"Message {message.message_id} has been cancelled.", []


def cancel_all(call: Call, channel: str) -> Result:
    """Cancel every scheduled message of `channel` (of `custom_string`, if given)."""
    wanted = call.body().get("custom_string")
    count = 0
    for message in call.engine.sent(call.me, channel):
        if wanted in (None, "") or message.custom_string == wanted:
            count += call.engine.cancel(message)
    return f"{count} messages has been cancelled.", {"count": count}


@handles("sms_cancel")
def sms_cancel(call: Call) -> Result:
    """Cancel a scheduled SMS; its price goes back to the account."""
    return cancel_one(call, "sms")


@handles("sms_cancel_all")
def sms_cancel_all(call: Call) -> Result:
    """Cancel every scheduled SMS."""
    return cancel_all(call, "sms")


def delivery_receipt(message: Message, kind: str = "sms") -> dict[str, Any]:
    """The delivery receipt of a delivered message (kept for polling, or called to a webhook)."""
    return {
        "timestamp_send": str(message.sent_at),
        "timestamp": str(message.delivered_at),
        "message_id": message.message_id,
        "status": "Delivered",
        "status_code": DELIVERED_CODE,
        "status_text": DELIVERED_TEXT,
        "error_code": None,
        "error_text": None,
        "custom_string": message.custom_string,
        "user_id": message.account.user_id,
        "subaccount_id": message.account.subaccount_id,
        "message_type": kind,
        "_message_type": kind,
    }


RECEIPT_FIELDS["sms"] = delivery_receipt
serve_receipts("sms")


def _test_receipt(call: Call) -> dict[str, Any]:
    return {
        "timestamp_send": str(call.now),
        "timestamp": str(call.now),
        "message_id": call.engine.new_id(),
        "status": "Delivered",
        "status_code": DELIVERED_CODE,
        "status_text": DELIVERED_TEXT,
        "error_code": None,
        "error_text": None,
        "custom_string": None,
        "user_id": call.me.user_id,
        "subaccount_id": call.me.subaccount_id,
        "message_type": "sms",
    }


@handles("sms_receipts_test")
def sms_receipts_test(call: Call) -> Result:
    """Call `url` once with a test SMS receipt."""
    return call_test_webhook(call, "sms_receipts", _test_receipt)


def inbound(
    engine_message: Message | None, message_id: str, from_: str, to: str, body: str, at: int
) -> dict[str, Any]:
    """An inbound SMS as `GET /sms/inbound` shows it (and as its webhook gets it)."""
    words = body.split()
    return {
        "timestamp": str(at),
        "from": from_,
        "body": body,
        "original_body": engine_message.fields["body"] if engine_message else None,
        "original_message_id": engine_message.message_id if engine_message else None,
        "to": to,
        "custom_string": engine_message.custom_string if engine_message else None,
        "message_id": message_id,
        "_keyword": words[0].lower() if words else "",
        "user_id": engine_message.account.user_id if engine_message else None,
        "subaccount_id": engine_message.account.subaccount_id if engine_message else None,
    }


@handles("sms_inbound_list")
def sms_inbound_list(call: Call) -> Result:
    """The inbound SMS kept for polling and not marked read, oldest first."""
    return "Here are your data.", receipt_page(call, "sms_inbound")


@handles("sms_inbound_get")
def sms_inbound_get(call: Call) -> Result:
    """One kept inbound SMS, by the id of the message it answers."""
    wanted = call.params["original_message_id"].upper()
    for kept in call.engine.mailbox(call.me).of("sms_inbound"):
        original = kept.fields.get("original_message_id")
        if kept.message_id.upper() == wanted or (original or "").upper() == wanted:
            return "Here's your result.", kept.fields
    raise not_found(f"No inbound message answers {call.params['original_message_id'][:40]}.")


@handles("sms_inbound_mark_read")
def sms_inbound_mark_read(call: Call) -> Result:
    """Mark the kept inbound SMS read (those before `date_before`, if given)."""
    mark_read(call, "sms_inbound")
    return "Inbound messages have been marked as read.", []


@handles("sms_inbound_mark_read_one")
def sms_inbound_mark_read_one(call: Call) -> Result:
    """Mark one kept inbound SMS read."""
    kept = find_kept(call, "sms_inbound")
    kept.read = True
    call.store.generation += 1
    return "Inbound messages have been marked as read.", []


def _test_inbound(call: Call) -> dict[str, Any]:
    new_id = call.engine.new_id()
    fields = inbound(None, new_id, "+61411111111", "+61422222222", "Test reply", call.now)
    fields["original_body"] = "Test message"
    fields["original_message_id"] = call.engine.new_id()
    fields["user_id"], fields["subaccount_id"] = call.me.user_id, call.me.subaccount_id
    return fields


@handles("sms_inbound_test")
def sms_inbound_test(call: Call) -> Result:
    """Call `url` once with a test inbound SMS, in the asked `webhook_type`."""
    _, fields = call_test_webhook(call, "sms_inbound", _test_inbound)
    return "Here are your incoming messages.", fields
