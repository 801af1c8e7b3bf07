"""Fax: send, price, history and delivery receipts.

A fax is priced per page. The pages of `file_url` are counted when it is a file this server
holds (`POST /uploads`): the "/Type /Page" objects of the PDF; any other URL is not fetched and
counts as one page. Messages go to `to` or to the fax numbers of a list's contacts; the test fax
numbers cost nothing. Schedules, credit and receipts work as for SMS (`sms`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .._messaging.engine import NOBODY, RECEIPT_FIELDS, Message
from .._messaging.pricing import TEST_FAX_NUMBERS
from .._protocol import bad_request
from .._store import Store
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
from .sms import delivery_receipt, history_status

_URL = re.compile(r"https?://\S+")
_PAGE = re.compile(rb"/Type\s*/Page(?!s)")


def pages_of(store: Store, url: str) -> int:
    """The pages of a document: counted in a file this server holds, else 1."""
    path = "/files/" + url.split("/files/", 1)[-1].split("?", 1)[0] if "/files/" in url else ""
    content = store.files.get(path)
    return max(1, len(_PAGE.findall(content))) if content else 1


def _drafts(call: Call) -> list[Draft]:
    body = call.body()
    file_url = text(body.get("file_url"))
    if not file_url or not _URL.fullmatch(file_url):
        raise bad_request("file_url must be the http(s) URL of a PDF.", {"file_url": ["Invalid."]})
    pages = pages_of(call.store, file_url)

    def shape(call: Call, item: dict[str, Any], shown: dict[str, Any]) -> int:
        shown.update(
            from_email=text(item.get("from_email")),
            date_added=call.now,
            message_pages=pages,
            user_id=call.me.user_id,
            subaccount_id=call.me.subaccount_id,
            carrier="",
            status_code=None,
            status_text=None,
            _file_url=file_url,
        )
        return pages

    return phone_drafts(call, "fax", body, shape, free=TEST_FAX_NUMBERS)


serve_sending("fax", _drafts)


def render_history(message: Message) -> dict[str, Any]:
    """A fax as `GET /fax/history` shows it."""
    f = message.fields
    delivered = message.status == "Delivered"
    return {
        "message_id": message.message_id,
        "status": history_status(message),
        "status_code": "201" if delivered else None,
        "status_text": "Success: Fax delivered." if delivered else None,
        "to": message.to,
        "from": f.get("from"),
        "from_email": f.get("from_email"),
        "date": message.date,
        "date_added": message.date,
        "schedule": str(message.schedule),
        "message_pages": f"{message.units:.2f}",
        "message_price": price_text(message.price),
        "custom_string": f.get("custom_string"),
        "list_id": f.get("list_id"),
        "user_id": message.account.user_id,
        "subaccount_id": message.account.subaccount_id,
        "country": f.get("country") or "",
        "carrier": "",
        "_api_username": message.account.username,
        "_file_url": f.get("_file_url") or "",
    }


_FIELDS = tuple(render_history(Message("fax", "", NOBODY, "", {}, 0, Decimal(0), 0, 0)))


@handles("fax_history_list")
def fax_history_list(call: Call) -> Result:
    """The account's faxes, newest first, within `date_from`/`date_to`."""
    messages = between(call, call.engine.sent(call.me, "fax"))
    bounds = (call.first("date_from"), call.first("date_to"))
    return "Here are your data.", call.page(messages, render_history, _FIELDS, *bounds)


@handles("fax_history_export")
def fax_history_export(call: Call) -> Result:
    """The account's faxes as a CSV file the server holds."""
    messages = between(call, call.engine.sent(call.me, "fax"))
    return "Download your file here.", export(call, messages, render_history)


RECEIPT_FIELDS["fax"] = lambda message: delivery_receipt(message, "fax")
serve_receipts("fax")


def _test_receipt(call: Call) -> dict[str, Any]:
    return {
        "timestamp_send": str(call.now),
        "timestamp": str(call.now),
        "message_id": call.engine.new_id(),
        "status_code": "201",
        "status_text": "Success: Fax delivered.",
        "error_code": None,
        "error_text": None,
        "custom_string": None,
        "message_type": "fax",
        "subaccount_id": call.me.subaccount_id,
    }


@handles("fax_receipts_test")
def fax_receipts_test(call: Call) -> Result:
    """Call `url` once with a test fax receipt."""
    return call_test_webhook(call, "fax_receipts", _test_receipt)
