"""Pricing: the embedded ClickSend's own price table (`_messaging.pricing`), per country.

What `GET /pricing/{country}` answers is what sending charges: SMS and email have one rate
for every tier here, numbers cost DEDICATED_SETUP and DEDICATED_MONTHLY, a landline call costs
LANDLINE_FACTOR of a mobile one. Prices are in `currency` (default the account's), converted
at the fixed rates of `_data.CURRENCIES`; an unknown currency answers 400 BAD_REQUEST.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from .._data import CURRENCIES
from .._messaging.pricing import COLOUR_LETTER, PAGE_PRICES, in_currency, unit_price
from .._protocol import bad_request
from .._store import Account
from ._base import Call, Result, check_country, handles

DEDICATED_SETUP: Final = Decimal("0.00")
DEDICATED_MONTHLY: Final = Decimal("25.00")
SHORTCODE_SETUP: Final = Decimal("1000.00")
SHORTCODE_MONTHLY: Final = Decimal("1000.00")
LANDLINE_FACTOR: Final = Decimal("0.59")


def _money(value: Decimal) -> str:
    return f"{value:.4f}"


def price_table(country: str, currency: str) -> dict[str, Any]:
    """Every price of a country, in `currency`."""

    def price(aud: Decimal) -> str:
        return _money(in_currency(aud, currency))

    sms, email = unit_price("sms", country), unit_price("email", country)
    numbers = {
        "dedicated_number_setup": price(DEDICATED_SETUP),
        "dedicated_number_monthly": price(DEDICATED_MONTHLY),
    }
    black, colour = PAGE_PRICES
    letter = unit_price("letter", country)
    return {
        "country": country,
        "sms": {
            **{f"price_rate_{tier}": price(sms) for tier in range(4)},
            **numbers,
            "dedicated_number_shortcode_setup": price(SHORTCODE_SETUP),
            "dedicated_number_shortcode_monthly": price(SHORTCODE_MONTHLY),
        },
        "mms": {"price_mms": price(unit_price("mms", country)), **numbers},
        "voice": {
            "price_mobile": price(unit_price("voice", country)),
            "price_landline": price(unit_price("voice", country) * LANDLINE_FACTOR),
        },
        "fax": {"price_fax": price(unit_price("fax", country)), **numbers},
        "email": {f"price_rate_{tier}": price(email) for tier in range(4)},
        "post": {
            "price_letter_black": price(letter),
            "price_letter_colour": price(letter + COLOUR_LETTER),
            "price_letter_page_black": price(black),
            "price_letter_page_colour": price(colour),
        },
        "postcard": {"price_postcard": price(unit_price("postcard", country))},
    }


def _currency(call: Call, me: Account) -> str:
    wanted = (call.first("currency") or me.currency).upper()
    if wanted not in CURRENCIES:
        raise bad_request(
            f"currency must be one of {', '.join(CURRENCIES)}, got {wanted[:10]!r}",
            {"currency": ["Unknown currency."]},
        )
    return wanted


@handles("pricing_get")
def pricing_get(call: Call) -> Result:
    """The prices of one country, in the asked currency."""
    from ._sending import currency as currency_shown

    country = check_country("country", call.params["country"])
    wanted = _currency(call, call.me)
    table = price_table(country, wanted)
    shown = currency_shown(call.me)
    if wanted != call.me.currency:
        unit, cent, long_name, _ = CURRENCIES[wanted]
        shown = {
            "currency_name_short": wanted,
            "currency_prefix_d": unit,
            "currency_prefix_c": cent,
            "currency_name_long": long_name,
        }
    return "Here are the prices.", {**table, "_currency": shown}
