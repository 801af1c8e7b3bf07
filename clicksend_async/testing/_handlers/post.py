"""Post: letters and postcards (send, price, history), return addresses, address detection.

- Each recipient needs the address fields and the id of one of the account's return addresses
  (`post_return_addresses`, served by the generic CRUD store): an unknown one gets the status
  INVALID_RETURN_ADDRESS, a country that is not a two-letter code INVALID_RECIPIENT; neither is
  charged. The test postal codes of the ClickSend docs cost nothing.
- A letter is priced by its pages (see `_messaging.pricing.letter_price`: colour and priority
  post cost more); its pages are counted as a fax's (`fax.pages_of`). A postcard (1 or 2 file
  URLs, front and back) is priced per card.
- Post goes out at its schedule and is "Delivered" DELIVERY_DELAY seconds later, as messages
  are; no receipt is made (ClickSend has no post receipts).
- detect-address reads a name and an address out of the base64 `content` (or the `address`
  text): the first line is the name, then the street, then "City STATE POSTCODE", then the
  country code; what cannot be read is null.
"""

from __future__ import annotations

import base64
import binascii
import re
from decimal import Decimal
from typing import Any

from .._messaging.engine import NOBODY, Message
from .._messaging.pricing import TEST_POSTAL_CODES, in_currency, letter_price, unit_price
from .._protocol import bad_request
from ._base import Call, Result, handles
from ._sending import Draft, accept, between, currency, export, items_of, schedule_of, shown, text
from ._sending import totals as _totals
from .crud import on_create, on_update, records
from .fax import pages_of
from .sms import history_status

_URL = re.compile(r"https?://\S+")
_ADDRESS = (
    "address_name",
    "address_line_1",
    "address_line_2",
    "address_city",
    "address_state",
    "address_postal_code",
    "address_country",
)


@on_create("post_return_addresses")
@on_update("post_return_addresses")
def _return_address(call: Call, record: dict[str, Any], sent: dict[str, Any]) -> None:
    country = record.get("address_country")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
        raise bad_request(
            "address_country must be a two-letter country code, e.g. AU.",
            {"address_country": ["The address country is invalid."]},
        )
    record["address_country"] = country.upper()
    record["user_id"] = call.me.user_id


def _recipients(call: Call, kind: str, file_url: str, pages: int) -> list[Draft]:
    body = call.body()
    returns = records(call, "post_return_addresses")
    colour = body.get("colour") in (1, True, "1")
    priority = body.get("priority_post") in (1, True, "1")
    drafts = []
    for item in items_of(call, body, "recipients"):
        schedule = schedule_of(item.get("schedule"), call.now, "recipients.schedule")
        address = {name: text(item.get(name)) for name in _ADDRESS}
        postal_code = item.get("address_postal_code")
        if isinstance(postal_code, int) and not isinstance(postal_code, bool):
            address["address_postal_code"] = str(postal_code)
        postal = address["address_postal_code"] or ""
        country = address["address_country"]
        return_id = item.get("return_address_id")
        if isinstance(return_id, bool) or not isinstance(return_id, int):
            return_id = None
        status = "SUCCESS"
        if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
            status = "INVALID_RECIPIENT"
        elif return_id is None or return_id not in returns:
            status = "INVALID_RETURN_ADDRESS"
        shown: dict[str, Any] = {
            "status": status,
            **address,
            "return_address_id": return_id,
            "schedule": schedule,
            "custom_string": text(item.get("custom_string")),
        }
        if status != "SUCCESS" or return_id is None:
            drafts.append(Draft("", shown, status, 0, Decimal(0), schedule))
            continue
        country = str(country).upper()
        if kind == "letter":
            aud = letter_price(country, pages, colour=colour, priority=priority)
        else:
            aud = unit_price("postcard", country)
        price = Decimal(0) if postal in TEST_POSTAL_CODES else in_currency(aud, call.me.currency)
        shown.update(
            message_id=None,
            address_country=country,
            post_price=f"{price:.4f}",
            post_pages=pages,
            date_added=call.now,
            colour=int(colour),
            duplex=int(body.get("duplex") in (1, True, "1")),
            priority_post=int(priority),
            _return_address=dict(returns[return_id]),
            _file_url=file_url,
            _api_username=call.me.username,
            subaccount_id=call.me.subaccount_id,
            user_id=call.me.user_id,
            source=text(body.get("source")),
        )
        to = str(address["address_name"] or "")
        drafts.append(Draft(to, shown, "SUCCESS", pages, price, schedule))
    return drafts


def _letters(call: Call) -> list[Draft]:
    file_url = text(call.body().get("file_url"))
    if not file_url or not _URL.fullmatch(file_url):
        raise bad_request("file_url must be the http(s) URL of a PDF.", {"file_url": ["Invalid."]})
    return _recipients(call, "letter", file_url, pages_of(call.store, file_url))


def _postcards(call: Call) -> list[Draft]:
    urls = call.body().get("file_urls")
    if (
        not isinstance(urls, list)
        or not 1 <= len(urls) <= 2
        or not all(isinstance(url, str) and _URL.fullmatch(url) for url in urls)
    ):
        raise bad_request(
            "file_urls must be 1 or 2 http(s) URLs: the front and the back of the card.",
            {"file_urls": ["Invalid."]},
        )
    return _recipients(call, "postcard", urls[0], 1)


def _answer(call: Call, drafts: list[Draft]) -> dict[str, Any]:
    total, count, queued = _totals(drafts)
    return {
        "total_price": float(total),
        "total_count": count,
        "queued_count": queued,
        "recipients": shown(drafts),
        "_currency": currency(call.me),
    }


@handles("post_letters_send")
def post_letters_send(call: Call) -> Result:
    """Send a letter to each recipient: checked, priced by pages and charged."""
    drafts = _letters(call)
    accept(call, "letter", drafts, send=True)
    return "Letters queued for delivery.", _answer(call, drafts)


@handles("post_letters_price")
def post_letters_price(call: Call) -> Result:
    """What `post_letters_send` would charge; nothing is sent or spent."""
    return "Here are your data.", _answer(call, _letters(call))


@handles("post_postcards_send")
def post_postcards_send(call: Call) -> Result:
    """Send a postcard to each recipient: checked, priced and charged."""
    drafts = _postcards(call)
    accept(call, "postcard", drafts, send=True)
    return "Postcards queued for delivery.", _answer(call, drafts)


@handles("post_postcards_price")
def post_postcards_price(call: Call) -> Result:
    """What `post_postcards_send` would charge; nothing is sent or spent."""
    return "Here are your data.", _answer(call, _postcards(call))


def render_history(message: Message) -> dict[str, Any]:
    """A letter or postcard as the post history shows it."""
    f = message.fields
    shown = {name: f.get(name) for name in _ADDRESS}
    shown.update(
        message_id=message.message_id,
        status=history_status(message),
        post_price=_post_price(message.price),
        post_pages=message.units,
        colour=f.get("colour", 0),
        duplex=f.get("duplex", 0),
        priority_post=f.get("priority_post", 0),
        date_added=message.date,
        schedule=str(message.schedule),
        return_address_id=f.get("return_address_id"),
        custom_string=f.get("custom_string"),
        list_id=None,
        source=f.get("source"),
        subaccount_id=message.account.subaccount_id,
        user_id=message.account.user_id,
        _file_url=f.get("_file_url") or "",
        _api_username=message.account.username,
    )
    if message.channel == "postcard":
        for name in ("colour", "duplex", "priority_post", "post_pages"):
            del shown[name]
        shown["_return_address"] = f.get("_return_address")
    return shown


def _post_price(value: Decimal) -> str:
    """A post price as the history shows it (4 places)."""
    return f"{value:.4f}"


def _fields(channel: str) -> tuple[str, ...]:
    sample = Message(channel, "", NOBODY, "", {"_return_address": {}}, 0, Decimal(0), 0, 0)
    return tuple(render_history(sample))


def _history(call: Call, channel: str) -> list[Message]:
    return between(call, call.engine.sent(call.me, channel))


@handles("post_letters_history_list")
def post_letters_history_list(call: Call) -> Result:
    """The account's letters, newest first."""
    bounds = (call.first("date_from"), call.first("date_to"))
    page = call.page(_history(call, "letter"), render_history, _fields("letter"), *bounds)
    return "Here are your data.", page


@handles("post_letters_history_export")
def post_letters_history_export(call: Call) -> Result:
    """The account's letters as a CSV file the server holds."""
    return "Download your file here.", export(call, _history(call, "letter"), render_history)


@handles("post_postcards_history_list")
def post_postcards_history_list(call: Call) -> Result:
    """The account's postcards, newest first."""
    bounds = (call.first("date_from"), call.first("date_to"))
    page = call.page(_history(call, "postcard"), render_history, _fields("postcard"), *bounds)
    return "Here are your data.", page


@handles("post_postcards_history_export")
def post_postcards_history_export(call: Call) -> Result:
    """The account's postcards as a CSV file the server holds."""
    return "Download your file here.", export(call, _history(call, "postcard"), render_history)


@handles("post_letters_detect_address")
def post_letters_detect_address(call: Call) -> Result:
    """Read the addressee out of a letter's text (see the module's docstring)."""
    body = call.body()
    content, address = body.get("content"), body.get("address")
    if isinstance(content, str) and content.strip():
        try:
            found = base64.b64decode(content, validate=True).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            raise bad_request("content must be base64.", {"content": ["Invalid base64."]}) from None
    elif isinstance(address, str) and address.strip():
        found = address
    else:
        raise bad_request("Give content (a base64 letter) or address (its text).")
    lines = [line.strip() for line in found.splitlines() if line.strip()][:4]
    detected: dict[str, Any] = dict.fromkeys(_ADDRESS)
    for name, line in zip(("address_name", "address_line_1"), lines, strict=False):
        detected[name] = line
    if len(lines) > 2:
        match = re.fullmatch(r"(.+?)\s+([A-Z]{2,3})\s+([0-9]{3,6})", lines[2])
        if match:
            city, state, postal = match.groups()
            detected.update(address_city=city, address_state=state, address_postal_code=postal)
    if len(lines) > 3 and re.fullmatch(r"[A-Za-z]{2}", lines[3]):
        detected["address_country"] = lines[3].upper()
    return "Here is your result.", {k: v for k, v in detected.items() if v is not None}
