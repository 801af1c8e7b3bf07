"""What every sending channel shares: recipients, schedules, batches, credit, history pages.

Rules, as decided here where the ClickSend docs leave a choice:

- A request carries at most MAX_MESSAGES messages (or recipients): more answers 400
  TOO_MANY_RECIPIENTS and sends nothing.
- Each message is checked on its own: a bad recipient gets its own status (INVALID_RECIPIENT)
  inside the 200 answer and is neither sent nor charged; the others go out.
- The whole request is charged at once: when the account's credit does not cover the messages
  accepted, it answers 403 INSUFFICIENT_CREDIT and sends nothing (always, for `nocredit`).
  `price` calls answer the same figures and change nothing.
- `schedule` (Unix seconds, int or digit string) in the future makes a message wait; 0, absent,
  or past means now.
- History lists what was sent newest first (as the docs describe it), within `date_from` and
  `date_to` (Unix seconds, inclusive) when given.
- The country of a number comes from its calling code (COUNTRY_CALLING_CODES); a local number
  takes the message's `country`, else the account's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from ..._generated.models import Currency
from .._data import CURRENCIES
from .._messaging.engine import Message
from .._messaging.pricing import TEST_NUMBERS, in_currency, unit_price
from .._protocol import ApiError, bad_request
from .._store import Account, money
from ._base import PHONE_JUNK, Call, Result, handles

#: Messages (or recipients) one request may carry.
MAX_MESSAGES: Final = 1000
#: Calling code -> country, longest codes first where they overlap.
COUNTRY_CALLING_CODES: Final = (
    ("61", "AU"),
    ("64", "NZ"),
    ("44", "GB"),
    ("1", "US"),
    ("353", "IE"),
    ("33", "FR"),
    ("49", "DE"),
    ("86", "CN"),
    ("91", "IN"),
    ("65", "SG"),
)
_NUMBER = re.compile(r"\+?[0-9]{6,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def clean_number(value: object) -> str | None:
    """A phone or fax number without spaces, dashes, dots or brackets; None if it is not one."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    cleaned = PHONE_JUNK.sub("", str(value))
    return cleaned if _NUMBER.fullmatch(cleaned) else None


def is_email(value: object) -> bool:
    """Whether a value looks like name@host.tld."""
    return isinstance(value, str) and _EMAIL.fullmatch(value) is not None


def country_of(number: str, given: object, account: Account) -> str:
    """The country a number is in: from its calling code, else `given`, else the account's."""
    if number.startswith("+"):
        digits = number[1:]
        for code, country in sorted(COUNTRY_CALLING_CODES, key=lambda c: -len(c[0])):
            if digits.startswith(code):
                return country
    if isinstance(given, str) and re.fullmatch(r"[A-Za-z]{2}", given):
        return given.upper()
    return account.country


def schedule_of(value: object, now: int, name: str = "schedule") -> int:
    """When a message goes out: `value` if it is in the future, else now.

    Raises:
        ApiError: 400 BAD_REQUEST for a value that is not Unix seconds.
    """
    if value is None or value == "":
        return now
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise bad_request(
            f"{name} must be Unix seconds (a whole number), e.g. {now + 3600}",
            {name: [f"The {name} is invalid."]},
        )
    return max(value, now)


def items_of(call: Call, body: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """The list of objects `name` of a body (messages, recipients, to...), at most MAX_MESSAGES.

    Raises:
        ApiError: 400 MISSING_REQUIRED_FIELDS when absent or empty; 400 BAD_REQUEST when not a
            list of objects; 400 TOO_MANY_RECIPIENTS past MAX_MESSAGES.
    """
    items = body.get(name)
    if not items:
        raise ApiError(
            400,
            "MISSING_REQUIRED_FIELDS",
            f"Some required fields are missing: {name}.",
            {name: [f"The {name} field is required."]},
        )
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise bad_request(f"{name} must be a list of objects.", {name: ["Must be a list."]})
    if len(items) > MAX_MESSAGES:
        raise ApiError(
            400,
            "TOO_MANY_RECIPIENTS",
            f"A request may carry at most {MAX_MESSAGES} {name}, got {len(items)}: "
            "split them into several requests.",
        )
    return items


def text(value: object) -> str | None:
    """A string field, stripped; None when absent, null or not a string."""
    return value.strip() if isinstance(value, str) else None


def currency(account: Account) -> dict[str, Any]:
    """The account's currency, as `_currency` shows it."""
    unit, cent, long_name, _ = CURRENCIES[account.currency]
    return Currency(
        currency_name_short=account.currency,
        currency_prefix_d=unit,
        currency_prefix_c=cent,
        currency_name_long=long_name,
    ).to_dict()


@dataclass(slots=True)
class Draft:
    """One message of a send or price request, checked and priced.

    Attributes:
        to: The recipient as cleaned.
        fields: What the answer shows of it.
        status: "SUCCESS", or why it is refused (INVALID_RECIPIENT, ...).
        units: Parts, pages or recipients.
        price: Its price in the account's currency (0 when refused or free).
        schedule: When it goes out.
    """

    to: str
    fields: dict[str, Any]
    status: str
    units: int
    price: Decimal
    schedule: int


def accept(call: Call, channel: str, drafts: Sequence[Draft], *, send: bool) -> list[Message]:
    """Charge the drafts that are SUCCESS and keep them as messages (when `send`).

    Raises:
        ApiError: 403 INSUFFICIENT_CREDIT (nothing sent) when sending and the credit falls short.
    """
    good = [draft for draft in drafts if draft.status == "SUCCESS"]
    if not send:
        return []
    engine = call.engine
    engine.charge(call.me, sum((draft.price for draft in good), Decimal(0)))
    messages = []
    for draft in good:
        message_id = engine.new_id()
        draft.fields["message_id"] = message_id
        message = Message(
            channel=channel,
            message_id=message_id,
            account=call.me,
            to=draft.to,
            fields=draft.fields,
            units=draft.units,
            price=draft.price,
            date=call.now,
            schedule=draft.schedule,
        )
        engine.add(message, call.now)
        messages.append(message)
    return messages


def shown(drafts: Sequence[Draft]) -> list[dict[str, Any]]:
    """What a send or price answer shows of each draft: its fields that are not null."""
    return [{k: v for k, v in draft.fields.items() if v is not None} for draft in drafts]


def totals(drafts: Sequence[Draft]) -> tuple[Decimal, int, int]:
    """(total price, total count, queued count) of a batch."""
    good = [draft for draft in drafts if draft.status == "SUCCESS"]
    return sum((draft.price for draft in good), Decimal(0)), len(drafts), len(good)


def between(call: Call, messages: Sequence[Message]) -> list[Message]:
    """The messages sent between `date_from` and `date_to` (Unix seconds), newest first."""
    bounds = []
    for name in ("date_from", "date_to"):
        value = call.first(name)
        if value is not None and value.strip() and not value.strip().isdigit():
            raise bad_request(f"{name} must be Unix seconds, got {value[:20]!r}")
        bounds.append(int(value) if value is not None and value.strip() else None)
    low, high = bounds
    return [
        m
        for m in reversed(messages)
        if (low is None or m.date >= low) and (high is None or m.date <= high)
    ]


def export(
    call: Call, messages: Sequence[Message], render: Callable[[Message], Mapping[str, Any]]
) -> dict[str, Any]:
    """Write `messages` as CSV to a file the server holds; the answer gives its URL.

    The file is readable with `EmbeddedClickSend.file(url)`.
    """
    import csv
    import io

    rows = [render(message) for message in messages]
    columns = list(rows[0]) if rows else ["message_id"]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    filename = call.first("filename") or "export.csv"
    file_id = call.engine.new_id()
    path = f"/files/{file_id}"
    call.store.files[path] = out.getvalue().encode()
    return {"url": f"{call.origin}{path}?filename={filename}"}


def price_text(value: Decimal) -> str:
    """A price as the history shows it: 6 places, as a string."""
    return money(value)


#: Adds a channel's own fields to a draft's `shown` fields; returns its units (parts, pages).
Shape = Callable[[Call, dict[str, Any], dict[str, Any]], int]


def phone_drafts(
    call: Call,
    channel: str,
    body: Mapping[str, Any],
    shape: Shape,
    *,
    required: Sequence[str] = (),
    free: frozenset[str] = TEST_NUMBERS,
    per_message: Mapping[str, Any] | None = None,
) -> list[Draft]:
    """The drafts of a `messages` list sent to phone (or fax) numbers.

    Each message goes to `to`, or to every contact of `list_id` with a phone number (fax: a fax
    number). Each of `required` must be a non-empty string in every message (400
    MISSING_REQUIRED_FIELDS). A bad number is INVALID_RECIPIENT, an unknown list
    NOT_ENOUGH_PERMISSION_TO_LIST_ID. The price is the unit price of the recipient's country
    times the units `shape` counts; recipients in `free` cost nothing.
    """
    me = call.me
    number_field = "fax_number" if channel == "fax" else "phone_number"
    drafts: list[Draft] = []
    for item in items_of(call, body, "messages"):
        missing = [name for name in required if not text(item.get(name))]
        if missing:
            raise ApiError(
                400,
                "MISSING_REQUIRED_FIELDS",
                f"Every message needs {', '.join(missing)}.",
                {f"messages.{name}": [f"The {name} field is required."] for name in missing},
            )
        schedule = schedule_of(item.get("schedule"), call.now, "messages.schedule")
        targets: list[tuple[object, int | None, int | None]]
        list_id = item.get("list_id")
        if item.get("to") is None and list_id is not None:
            if isinstance(list_id, str) and list_id.isdigit():
                list_id = int(list_id)
            contact_list = me.lists.get(list_id) if isinstance(list_id, int) else None
            if contact_list is None:
                drafts.append(_refused(item, "NOT_ENOUGH_PERMISSION_TO_LIST_ID", schedule))
                continue
            targets = [
                (c.fields[number_field], c.contact_id, contact_list.list_id)
                for c in contact_list.contacts.values()
                if c.fields.get(number_field)
            ]
        else:
            targets = [(item.get("to"), None, None)]
        for to, contact_id, from_list in targets:
            number = clean_number(to)
            if number is None:
                drafts.append(_refused(item, "INVALID_RECIPIENT", schedule))
                continue
            country = country_of(number, item.get("country"), me)
            shown: dict[str, Any] = {
                "status": "SUCCESS",
                "message_id": None,
                "to": number,
                "from": text(item.get("from")) or None,
                "schedule": schedule,
                "custom_string": text(item.get("custom_string")),
                "country": country,
                "list_id": from_list,
                "contact_id": contact_id,
                **(per_message or {}),
            }
            for name in required:
                shown[name] = text(item.get(name))
            units = shape(call, item, shown)
            price = (
                Decimal(0)
                if number in free
                else in_currency(unit_price(channel, country) * units, me.currency)
            )
            shown["message_price"] = f"{price:.4f}"
            drafts.append(Draft(number, shown, "SUCCESS", units, price, schedule))
    return drafts


def _refused(item: Mapping[str, Any], status: str, schedule: int) -> Draft:
    to = item.get("to")
    shown = {
        "status": status,
        "to": to if isinstance(to, str) else None,
        "schedule": schedule,
        "custom_string": text(item.get("custom_string")),
    }
    return Draft(to if isinstance(to, str) else "", shown, status, 0, Decimal(0), schedule)


def serve_sending(channel: str, drafts: Callable[[Call], list[Draft]]) -> None:
    """Register `<channel>_send` and `<channel>_price` (voice, fax, MMS).

    Send: each message checked, priced and charged; refused ones answer their status. Price:
    the same answer, nothing sent or spent.
    """

    def answer(call: Call, made: list[Draft]) -> dict[str, Any]:
        total, count, queued = totals(made)
        return {
            "total_price": float(total),
            "total_count": count,
            "queued_count": queued,
            "messages": shown(made),
            "_currency": currency(call.me),
        }

    def send(call: Call) -> Result:
        made = drafts(call)
        accept(call, channel, made, send=True)
        return "Messages queued for delivery.", answer(call, made)

    def price(call: Call) -> Result:
        return "Here are your data.", answer(call, drafts(call))

    handles(f"{channel}_send")(send)
    handles(f"{channel}_price")(price)
