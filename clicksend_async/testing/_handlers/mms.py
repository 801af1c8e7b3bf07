"""MMS: send, price, history and delivery receipts.

An MMS is one unit, priced per message (`_messaging.pricing`). Each message needs `subject`
(at most MAX_SUBJECT characters: 400 SUBJECT_REQUIRED without one, BAD_REQUEST past it) and
`body`; the request needs `media_file`, an http(s) URL of a JPG or GIF (400 INVALID_MEDIA_FILE
otherwise; other images go through `POST /uploads?convert=mms` first). Recipients, schedules,
credit and receipts work as for SMS (see `sms`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Final

from .._messaging.engine import NOBODY, RECEIPT_FIELDS, Message
from .._protocol import ApiError
from ._base import Call, Result, handles
from ._events import serve_receipts
from ._sending import (
    Draft,
    between,
    export,
    phone_drafts,
    price_text,
    serve_sending,
    text,
)
from .sms import cancel_all, cancel_one, delivery_receipt, find_message, history_status

MAX_SUBJECT: Final = 20
_MEDIA = re.compile(r"https?://\S+\.(jpe?g|gif)(\?\S*)?", re.IGNORECASE)


def _shape(call: Call, item: dict[str, Any], shown: dict[str, Any]) -> int:
    subject = shown.get("subject") or ""
    if len(subject) > MAX_SUBJECT:
        raise ApiError(
            400,
            "BAD_REQUEST",
            f"subject may hold at most {MAX_SUBJECT} characters, got {len(subject)}.",
            {"messages.subject": [f"At most {MAX_SUBJECT} characters."]},
        )
    shown["message_parts"] = 1
    return 1


def _drafts(call: Call) -> list[Draft]:
    return mms_drafts(call, call.body())


def mms_drafts(call: Call, body: dict[str, Any]) -> list[Draft]:
    """The checked and priced drafts of a body holding `media_file` and `messages`."""
    media = text(body.get("media_file"))
    if not media or not _MEDIA.fullmatch(media):
        raise ApiError(
            400,
            "INVALID_MEDIA_FILE",
            "media_file must be the http(s) URL of a .jpg or .gif file: convert other images "
            "with POST /uploads?convert=mms first.",
            {"media_file": ["Invalid media file."]},
        )
    for item in body.get("messages") or []:
        if isinstance(item, dict) and not text(item.get("subject")):
            raise ApiError(
                400, "SUBJECT_REQUIRED", "Every MMS needs a subject.", {"messages.subject": []}
            )
    return phone_drafts(
        call,
        "mms",
        body,
        _shape,
        required=("subject", "body"),
        per_message={"_media_file_url": media},
    )


serve_sending("mms", _drafts)


def render_history(message: Message) -> dict[str, Any]:
    """An MMS as `GET /mms/history` shows it."""
    f = message.fields
    delivered = message.status == "Delivered"
    return {
        "message_id": message.message_id,
        "direction": "out",
        "date": str(message.date),
        "date_added": message.date,
        "to": message.to,
        "subject": f.get("subject") or "",
        "body": f.get("body") or "",
        "_media_file_url": f.get("_media_file_url") or "",
        "from": f.get("from"),
        "schedule": str(message.schedule),
        "status": history_status(message),
        "status_code": "201" if delivered else None,
        "status_text": "Success: Message received on handset." if delivered else None,
        "error_code": None,
        "error_text": None,
        "message_parts": f"{message.units:.2f}",
        "message_price": price_text(message.price),
        "list_id": f.get("list_id"),
        "contact_id": f.get("contact_id"),
        "custom_string": f.get("custom_string"),
        "user_id": message.account.user_id,
        "subaccount_id": message.account.subaccount_id,
        "country": f.get("country"),
        "carrier": "",
        "_api_username": message.account.username,
    }


_FIELDS = tuple(render_history(Message("mms", "", NOBODY, "", {}, 0, Decimal(0), 0, 0)))


@handles("mms_history_list")
def mms_history_list(call: Call) -> Result:
    """The account's MMS, newest first, within `date_from`/`date_to`."""
    messages = between(call, call.engine.sent(call.me, "mms"))
    bounds = (call.first("date_from"), call.first("date_to"))
    return "Here are your data.", call.page(messages, render_history, _FIELDS, *bounds)


@handles("mms_history_export")
def mms_history_export(call: Call) -> Result:
    """The same messages as a CSV file the server holds."""
    messages = between(call, call.engine.sent(call.me, "mms"))
    return "Download your file here.", export(call, messages, render_history)


RECEIPT_FIELDS["mms"] = lambda message: delivery_receipt(message, "mms")
serve_receipts("mms", get=False)  # mms_receipts_get reads the history: below


@handles("mms_receipts_get")
def mms_receipts_get(call: Call) -> Result:
    """One MMS, by its message id, as history shows it (with its delivery status)."""
    message = find_message(call, "mms")
    return "Your receipt.", render_history(message)


@handles("mms_cancel")
def mms_cancel(call: Call) -> Result:
    """Cancel a scheduled MMS; its price goes back to the account."""
    return cancel_one(call, "mms")


@handles("mms_cancel_all")
def mms_cancel_all(call: Call) -> Result:
    """Cancel every scheduled MMS (those of `custom_string`, if given)."""
    return cancel_all(call, "mms")
