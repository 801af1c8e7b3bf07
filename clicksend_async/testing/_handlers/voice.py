"""Voice: text-to-speech calls: send, price, cancel, languages, history and receipts.

A voice message is priced per part of VOICE_PART_CHARACTERS characters of its text (about a
minute of speech). `voice` must be "female" or "male" (400 INVALID_VOICE), `lang` one of
LANGUAGES (default "en-au"; 400 INVALID_LANG), and a language that has only one voice takes
only that one. Recipients, schedules, cancels, credit and receipts work as for SMS (`sms`).
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, Final

from .._messaging.engine import NOBODY, RECEIPT_FIELDS, Message
from .._messaging.pricing import VOICE_PART_CHARACTERS
from .._protocol import ApiError
from ._base import Call, Result, handles
from ._events import call_test_webhook, serve_receipts
from ._sending import (
    Draft,
    between,
    export,
    phone_drafts,
    price_text,
    serve_sending,
    text,
)
from .sms import cancel_all, cancel_one, delivery_receipt, history_status

#: Language code -> (its name, the voices it has).
LANGUAGES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "en-us": ("English, US", ("female", "male")),
    "en-au": ("English, Australia", ("female", "male")),
    "en-gb": ("English, UK", ("female", "male")),
    "en-in": ("English, India", ("female",)),
    "de-de": ("German, Germany", ("female", "male")),
    "es-es": ("Spanish, Spain", ("female", "male")),
    "fr-fr": ("French, France", ("female", "male")),
    "it-it": ("Italian, Italy", ("female", "male")),
    "ja-jp": ("Japanese, Japan", ("female", "male")),
    "zh-cn": ("Chinese, Mandarin", ("female",)),
}


def _shape(call: Call, item: dict[str, Any], shown: dict[str, Any]) -> int:
    voice = (shown.get("voice") or "").lower()
    lang = (text(item.get("lang")) or "en-au").lower()
    if lang not in LANGUAGES:
        raise ApiError(
            400,
            "INVALID_LANG",
            f"lang must be one of {', '.join(LANGUAGES)} (GET /voice/lang), got {lang[:20]!r}.",
        )
    if voice not in LANGUAGES[lang][1]:
        raise ApiError(
            400,
            "INVALID_VOICE",
            f"voice must be one of {', '.join(LANGUAGES[lang][1])} for {lang}, got {voice[:20]!r}.",
        )
    parts = max(1, math.ceil(len(shown["body"]) / VOICE_PART_CHARACTERS))
    shown.update(
        voice=voice,
        lang=lang,
        to_type="mobile",
        date=call.now,
        message_parts=parts,
        user_id=call.me.user_id,
        subaccount_id=call.me.subaccount_id,
        carrier="",
        require_input=1 if item.get("require_input") in (1, True, "1") else 0,
        machine_detection=1 if item.get("machine_detection") in (1, True, "1") else 0,
    )
    return parts


def _drafts(call: Call) -> list[Draft]:
    return phone_drafts(call, "voice", call.body(), _shape, required=("body", "voice"))


serve_sending("voice", _drafts)


@handles("voice_cancel")
def voice_cancel(call: Call) -> Result:
    """Cancel a scheduled voice call; its price goes back to the account."""
    return cancel_one(call, "voice")


@handles("voice_cancel_all")
def voice_cancel_all(call: Call) -> Result:
    """Cancel every scheduled voice call."""
    return cancel_all(call, "voice")


@handles("voice_languages")
def voice_languages(call: Call) -> Result:
    """The languages and their voices (a voice alone is a string, as the docs show it)."""
    languages = [
        {"code": code, "country": name, "gender": list(voices) if len(voices) > 1 else voices[0]}
        for code, (name, voices) in LANGUAGES.items()
    ]
    return "Here are the possible languages.", languages


def render_history(message: Message) -> dict[str, Any]:
    """A voice call as `GET /voice/history` shows it."""
    f = message.fields
    delivered = message.status == "Delivered"
    return {
        "message_id": message.message_id,
        "status": history_status(message),
        "status_code": "201" if delivered else None,
        "status_text": "Success: Message received on handset." if delivered else None,
        "to": message.to,
        "to_type": "mobile",
        "body": f.get("body") or "",
        "from": f.get("from"),
        "lang": f.get("lang") or "en-au",
        "voice": f.get("voice") or "female",
        "date": message.date,
        "date_added": message.date,
        "schedule": str(message.schedule),
        "message_parts": f"{message.units:.2f}",
        "message_price": price_text(message.price),
        "custom_string": f.get("custom_string"),
        "list_id": f.get("list_id"),
        "user_id": message.account.user_id,
        "subaccount_id": message.account.subaccount_id,
        "country": f.get("country") or "",
        "carrier": "",
        "require_input": f.get("require_input", 0),
        "machine_detection": f.get("machine_detection", 0),
        "machine_detected": 0,
        "digits": None,
        "_api_username": message.account.username,
    }


_FIELDS = tuple(render_history(Message("voice", "", NOBODY, "", {}, 0, Decimal(0), 0, 0)))


@handles("voice_history_list")
def voice_history_list(call: Call) -> Result:
    """The account's voice calls, newest first, within `date_from`/`date_to`."""
    messages = between(call, call.engine.sent(call.me, "voice"))
    bounds = (call.first("date_from"), call.first("date_to"))
    return "Here are your data.", call.page(messages, render_history, _FIELDS, *bounds)


@handles("voice_history_export")
def voice_history_export(call: Call) -> Result:
    """The same calls as a CSV file the server holds."""
    messages = between(call, call.engine.sent(call.me, "voice"))
    return "Download your file here.", export(call, messages, render_history)


def _receipt(message: Message) -> dict[str, Any]:
    fields = delivery_receipt(message, "voice")
    fields["digits"] = None
    return fields


RECEIPT_FIELDS["voice"] = _receipt
serve_receipts("voice")


def _test_receipt(call: Call) -> dict[str, Any]:
    return {
        "timestamp_send": str(call.now),
        "timestamp": str(call.now),
        "message_id": call.engine.new_id(),
        "status_code": "201",
        "status_text": "Success: Message received on handset.",
        "error_code": None,
        "error_text": None,
        "custom_string": None,
        "message_type": "voice",
        "digits": None,
        "subaccount_id": call.me.subaccount_id,
    }


@handles("voice_receipts_test")
def voice_receipts_test(call: Call) -> Result:
    """Call `url` once with a test voice receipt."""
    return call_test_webhook(call, "voice_receipts", _test_receipt)
