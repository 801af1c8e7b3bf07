"""Dedicated numbers: search what is available, buy one, list the account's, register a type.

- A country offers AVAILABLE numbers: its calling code (`_sending.COUNTRY_CALLING_CODES`;
  other countries have none) followed by digits made from the country code, the same on every
  run; a number bought by any account is no longer offered. `search` keeps those holding its
  digits: at the start (search_type 0), anywhere (1, the default) or at the end (2).
- Buying charges the setup and the first month (`prices`) from the balance (403
  INSUFFICIENT_CREDIT when short); a number not offered answers 400 BAD_REQUEST.
- A registration (10DLC, toll-free) is recorded as sent (`Account.records`), never reviewed.
"""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal
from typing import Any, Final

from .._data import COUNTRIES
from .._messaging.pricing import in_currency
from .._protocol import bad_request
from .._store import Account
from ._base import Call, Result, check_country, check_email, handles
from ._sending import COUNTRY_CALLING_CODES, currency
from .crud import records
from .prices import DEDICATED_MONTHLY, DEDICATED_SETUP

#: Numbers a country offers.
AVAILABLE: Final = 20
_CODES: Final = {country: code for code, country in COUNTRY_CALLING_CODES}


def _offered(call: Call, country: str) -> list[str]:
    code = _CODES.get(country)
    if code is None:
        return []
    rng = random.Random(country)  # noqa: S311 (the same numbers on every run; no secret)
    taken = {n for a in call.store.accounts.values() for n in a.numbers}
    numbers = [f"+{code}{rng.randrange(10**8, 10**9)}" for _ in range(AVAILABLE)]
    return [n for n in numbers if n not in taken]


def _prices(account: Account) -> tuple[Decimal, Decimal]:
    return (
        in_currency(DEDICATED_SETUP, account.currency),
        in_currency(DEDICATED_MONTHLY, account.currency),
    )


@handles("numbers_search")
def numbers_search(call: Call) -> Result:
    """The numbers a country offers, holding `search` where `search_type` says."""
    country = check_country("country", call.params["country"])
    digits = call.first("search") or ""
    where = call.first("search_type") or "1"
    if not digits.isdigit() and digits:
        raise bad_request("search must be digits.", {"search": ["Digits only."]})
    if where not in ("0", "1", "2"):
        raise bad_request("search_type must be 0, 1 or 2.", {"search_type": ["Invalid."]})
    setup, monthly = _prices(call.me)

    def matches(number: str) -> bool:
        local = number.lstrip("+")
        return (
            local.startswith(digits)
            if where == "0"
            else local.endswith(digits)
            if where == "2"
            else digits in local
        )

    names = dict(COUNTRIES)
    found = [
        {
            "dedicated_number": number,
            "country": country,
            "country_name": names.get(country, country),
            "price_setup": f"{setup:.2f}",
            "price_monthly": f"{monthly:.2f}",
            "price_total": f"{setup + monthly:.2f}",
            "address_requirement": None,
            "price": f"{monthly:.2f}",
            "currency": call.me.currency,
        }
        for number in _offered(call, country)
        if matches(number)
    ]
    fields = tuple(found[0]) if found else ("dedicated_number",)
    query = [(k, v) for k, v in call.query if k not in ("search", "search_type")]
    shown = _page(call, query, found, fields, country, digits, where)
    return "Here are the numbers.", shown


def _page(
    call: Call,
    query: list[tuple[str, str]],
    items: list[dict[str, Any]],
    fields: tuple[str, ...],
    *key: object,
) -> dict[str, Any]:
    """A page of `items` per `query` (the call's own, less what is no search of the page)."""
    shown = dataclasses.replace(call, query=query).page(items, dict, fields, *key)
    shown["_currency"] = currency(call.me)
    return shown


@handles("numbers_buy")
def numbers_buy(call: Call) -> Result:
    """Buy an offered number: setup and the first month are charged."""
    number = call.params["dedicated_number"]
    number = number if number.startswith("+") else "+" + number
    country = next((c for code, c in COUNTRY_CALLING_CODES if number[1:].startswith(code)), None)
    if country is None or number not in _offered(call, country):
        raise bad_request(
            f"{number[:20]} is not offered: pick one from GET /numbers/search/{{country}}.",
            {"dedicated_number": ["Not available."]},
        )
    call.fields()  # checks `type` and the registration data
    setup, monthly = _prices(call.me)
    call.engine.charge(call.me, setup + monthly)
    call.me.numbers[number] = {
        "dedicated_number": number,
        "country": country,
        "price": f"{monthly:.2f}",
        "_country_name": country,
        "notes": None,
        "type": "mms",
        "number_type": "standard",
        "number_category": None,
        "number_guid": call.engine.new_id(),
        "form_submission_id": None,
    }
    call.store.generation += 1
    bought = {
        "dedicated_number": number,
        "country": country,
        "price_total": f"{setup + monthly:.2f}",
        "_price_setup": f"{setup:.2f}",
        "_price_monthly": f"{monthly:.2f}",
        "_currency": currency(call.me),
    }
    return "Number has been purchased.", bought


@handles("numbers_list")
def numbers_list(call: Call) -> Result:
    """The account's dedicated numbers, in the order they were bought."""
    owned = list(call.me.numbers.values())
    fields = tuple(owned[0]) if owned else ("dedicated_number", "country", "type")
    query = [(k, v) for k, v in call.query if k not in ("q2", "excluding_number_type")]
    return "Here are your numbers.", _page(call, query, owned, fields)


@handles("numbers_register")
def numbers_register(call: Call) -> Result:
    """Record a registration of a number type in a country (never reviewed here)."""
    values = call.fields()
    check_email("email", values["email"])
    country = check_country("country_code", call.params["country_code"])
    registrations = records(call, "number_registrations")
    registrations[len(registrations) + 1] = {
        "number_type": call.params["number_type"],
        "country": country,
        **values,
    }
    call.store.generation += 1
    return "Your registration has been submitted.", {}
