"""One Python type per field: the converters the generated models read ClickSend's values with.

ClickSend spells one kind of value in several JSON types (DESIGN.md "Values"): money as
`"4.998000"` and as `0.0792`, Unix times as `"1436932983"` and `1436932983`, flags as `0`/`1`,
`"0"`/`"1"` and booleans, whole numbers as numbers and as digit strings. openapi.yaml marks such
fields with a `format` (money, unix-time, flag, integer) and the generated models call these
functions on every value they read, so users get `Decimal`, `int` and `bool`, whatever came.

A value that fits none of the spellings raises `ValueError` naming the field (`where`); the
client turns it into an `APIResponseValidationError`. The value itself is quoted only when it
is short: these fields are amounts, times and counters, never secrets.

The `*_in` converters serve the models users build for requests (`SmsMessage(schedule=...)`):
they take the friendly Python types (an aware `datetime` for a time, `Decimal`/`int`/`str` for
money, `bool` or 0/1 for a flag) and hold the one type the field has.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ._generated.types import Unset

_DIGITS = re.compile(r"-?[0-9]+")
_TRUE = frozenset({"1", "true", "True"})
_FALSE = frozenset({"0", "false", "False"})


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text}" if len(text) <= 40 else type(value).__name__


def money(value: object, where: str) -> Decimal:
    """An amount of money from a decimal string or a JSON number.

    Raises:
        ValueError: Not a number (the message names `where`).
    """
    if isinstance(value, str):
        text = value  # Decimal reads surrounding blanks itself
    elif isinstance(value, Decimal):
        return value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = str(value)  # a float's shortest round-tripping form: 0.07 stays 0.07
    else:
        raise ValueError(f"{where} must be an amount of money, got {_shown(value)}")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise ValueError(f"{where} must be an amount of money, got {_shown(value)}")
    return amount


def integer(value: object, where: str) -> int:
    """A whole number from a JSON number or a string of digits.

    Raises:
        ValueError: Neither (the message names `where`).
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.isascii() and value.isdigit():  # the common spelling, without a regex
            return int(value)
        if _DIGITS.fullmatch(value.strip()):
            return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ValueError(f"{where} must be a whole number, got {_shown(value)}")


def unix_time(value: object, where: str) -> int:
    """Unix seconds from a JSON number or a string of digits.

    Raises:
        ValueError: Neither (the message names `where`).
    """
    try:
        return integer(value, where)
    except ValueError:
        raise ValueError(f"{where} must be a Unix time in seconds, got {_shown(value)}") from None


def flag(value: object, where: str) -> bool:
    """A yes/no flag from a boolean, 0/1 or "0"/"1".

    Raises:
        ValueError: None of them (the message names `where`).
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        if value.strip() in _TRUE:
            return True
        if value.strip() in _FALSE:
            return False
    raise ValueError(f"{where} must be a flag (0 or 1), got {_shown(value)}")


def nullable_money(value: object, where: str) -> Decimal | None:
    """`money`, or None for null (and for the empty string ClickSend sends for "none")."""
    return None if value is None or value == "" else money(value, where)


def nullable_integer(value: object, where: str) -> int | None:
    """`integer`, or None for null (and for the empty string ClickSend sends for "none")."""
    return None if value is None or value == "" else integer(value, where)


def nullable_unix_time(value: object, where: str) -> int | None:
    """`unix_time`, or None for null (and for the empty string ClickSend sends for "none")."""
    return None if value is None or value == "" else unix_time(value, where)


def nullable_flag(value: object, where: str) -> bool | None:
    """`flag`, or None for null (and for the empty string ClickSend sends for "none")."""
    return None if value is None or value == "" else flag(value, where)


# ------------------------------------------------------------------- models users build
# attrs converters of the request models' fields: each takes the friendly Python types and
# holds the field's one type. The `optional_` twins let a field stay UNSET.


def money_in(value: Decimal | int | str) -> Decimal:
    """An amount for a request model: a Decimal, an int or a decimal string (not a float)."""
    if isinstance(value, float):
        raise TypeError("an amount must be a Decimal, an int or a decimal string, not a float")
    return money(value, "amount")


def integer_in(value: int | str) -> int:
    """A whole number for a request model."""
    return integer(value, "value")


def flag_in(value: bool | int) -> bool:
    """A flag for a request model: a bool, or 0/1."""
    return flag(value, "flag")


def unix_time_in(value: int | datetime) -> int:
    """A time for a request model: Unix seconds, or a timezone-aware datetime.

    Raises:
        ValueError: A naive datetime (which moment it means depends on a time zone).
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"datetime {value.isoformat()} has no time zone: pass an aware one, "
                "e.g. datetime.now(timezone.utc), or Unix seconds as an int"
            )
        return int(value.timestamp())
    return unix_time(value, "time")


def optional_money_in(value: Decimal | int | str | Unset) -> Decimal | Unset:
    """`money_in`, letting UNSET through."""
    return value if isinstance(value, Unset) else money_in(value)


def optional_integer_in(value: int | str | Unset) -> int | Unset:
    """`integer_in`, letting UNSET through."""
    return value if isinstance(value, Unset) else integer_in(value)


def optional_flag_in(value: bool | int | Unset) -> bool | Unset:
    """`flag_in`, letting UNSET through."""
    return value if isinstance(value, Unset) else flag_in(value)


def optional_unix_time_in(value: int | datetime | Unset) -> int | Unset:
    """`unix_time_in`, letting UNSET through."""
    return value if isinstance(value, Unset) else unix_time_in(value)


def flag_number(value: bool | int) -> int:
    """A flag as ClickSend takes it in a URL or a body: 0 or 1."""
    return int(flag(value, "flag"))
