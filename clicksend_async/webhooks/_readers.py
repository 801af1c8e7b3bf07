"""One Python type per webhook field, from a form string or any JSON spelling ClickSend uses.

A form POST or a query string carries every value as a string and cannot say null, so an empty
string counts as absent; JSON may carry the same value as a number, a string or null. Each
reader here takes all of those and gives one type (DESIGN.md "Values"), or raises
`WebhookParseError` naming the field. Numbers and money are read as the SDK's models read them
(`clicksend_async._values`), after a fast path for the plain digit strings a form carries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal

from .. import _values
from ._errors import WebhookParseError

#: A reader: (field name as sent, value as sent) -> the Python value.
Reader = Callable[[str, object], object]

_DIGITS = 20  # the most digits a whole number may have (Unix times and ids have ~10)
_SHOWN = 40  # characters of a bad value quoted in a message

# Each reader handles a string first and with as few steps as it can: a form or a query gives
# nothing else, and a webhook route reads about ten of them per call.


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}...'"


def _bad(field: str, value: object, wanted: str) -> WebhookParseError:
    return WebhookParseError(f"{field} must be {wanted}, got {_shown(value)}", field=field)


def _digits(value: str) -> bool:
    # ASCII only: str.isdigit() and int() also take other scripts' digits (and int() "1_0").
    return value.isascii() and value.isdigit() and len(value) <= _DIGITS


def text(field: str, value: object) -> str | None:
    """A string (ids, phone numbers, UUIDs, texts); a JSON number is taken as its digits."""
    if isinstance(value, str):
        return value if value and not value.isspace() else None
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _bad(field, value, "a string")


def required_text(field: str, value: object) -> str:
    """Like `text`, but the field must be there and not empty."""
    found = text(field, value)
    if found is None:
        raise WebhookParseError(f"{field} is missing or empty: every event has one", field=field)
    return found


def body_text(field: str, value: object) -> str:
    """A message body: kept exactly (spaces included); absent or null is the empty string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return required_text(field, value)


def whole(field: str, value: object) -> int | None:
    """A whole number (Unix times, ids, counts): 1442381791, "1442381791" or 1442381791.0."""
    if isinstance(value, str):
        stripped = value.strip()
        if _digits(stripped):
            return int(stripped)
        if not stripped:
            return None
    elif value is None:
        return None
    try:
        return _values.integer(value, field)
    except ValueError:  # also int()'s own refusal of thousands of digits
        raise _bad(field, value, "a whole number") from None


def code(field: str, value: object) -> int | str | None:
    """A status or error code: an int when it is a number (201), else the word as sent.

    ClickSend's own examples carry words in these fields ("Completed" in fax and MMS
    receipts), so a word is kept rather than refused.
    """
    if isinstance(value, str):
        stripped = value.strip()
        if _digits(stripped):
            return int(stripped)
        return stripped or None
    return whole(field, value)


def keys(field: str, value: object) -> str | None:
    """Keypad input as the keys pressed ("2", "105#"): a string, so "007" and "*" survive."""
    if isinstance(value, bool | float):
        raise _bad(field, value, "the keys pressed")
    return text(field, value)


def money(field: str, value: object) -> Decimal | None:
    """An amount of money: "4.998000" or 0.0792, as a Decimal (never a float)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return _values.money(value, field)
    except ValueError:
        raise _bad(field, value, "an amount of money") from None


def unknown(field: str, value: object) -> str | None:
    """A field this SDK does not know: its form text, or the JSON text of a JSON value."""
    if value is None or isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise _bad(field, value, "a string or a JSON value") from None
