"""What sending costs on the embedded ClickSend: a fixed table, per channel and country.

ClickSend's real prices depend on the account's plan and change over time; these are fixed so
that tests can predict every figure. They are in Australian dollars, per unit of each channel:

- sms: per part (see `parts.count_parts`); mms: per message; voice: per part of
  VOICE_PART_CHARACTERS characters of text (about a minute of speech); fax: per page;
  letter: the first page, then PAGE_PRICES per further page (colour costs more, priority post
  adds PRIORITY_POST); postcard: per card; email: per recipient (to, cc and bcc).
- A country without its own row pays the "*" row.
- An account pays in its own currency, converted at the fixed rates of `_data.CURRENCIES` and
  rounded to 4 places.
- The test numbers, fax numbers, addresses and postal codes of the ClickSend docs cost nothing.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from .._data import CURRENCIES

#: Channel -> country ("*" for any other) -> price of one unit, in AUD.
PRICES: Final[dict[str, dict[str, str]]] = {
    "sms": {"AU": "0.0792", "NZ": "0.1100", "US": "0.0566", "GB": "0.0620", "*": "0.1000"},
    "mms": {"AU": "0.4400", "*": "0.6000"},
    "voice": {"AU": "0.0900", "US": "0.0700", "*": "0.1500"},
    "fax": {"AU": "0.2200", "*": "0.3500"},
    "letter": {"AU": "1.3970", "*": "2.5000"},
    "postcard": {"AU": "2.2000", "*": "3.3000"},
    "email": {"*": "0.0050"},
}
#: Per page of a letter after the first: (black and white, colour), in AUD.
PAGE_PRICES: Final = (Decimal("0.1100"), Decimal("0.2640"))
#: Extra for a letter's first page in colour, and for priority post, in AUD.
COLOUR_LETTER: Final = Decimal("0.2200")
PRIORITY_POST: Final = Decimal("0.5000")
#: Characters of text a voice message part holds.
VOICE_PART_CHARACTERS: Final = 300

#: Recipients of the ClickSend docs that send nothing and charge nothing.
TEST_NUMBERS: Final = frozenset(
    (
        *("+61411111111", "+61422222222", "+61433333333", "+61444444444", "+14055555555"),
        *("+14055555666", "+447777777777", "+8615555555555"),
    )
)
TEST_FAX_NUMBERS: Final = frozenset(("+61261111111", "+61262222222", "+61263333333"))
TEST_EMAILS: Final = frozenset(("test1@test.com", "test2@test.com", "test3@test.com"))
TEST_POSTAL_CODES: Final = frozenset(("11111", "22222", "33333"))

_PLACES = Decimal("0.0001")


def unit_price(channel: str, country: str) -> Decimal:
    """The price of one unit of `channel` to `country`, in AUD."""
    table = PRICES[channel]
    return Decimal(table.get(country.upper(), table["*"]))


def in_currency(aud: Decimal, currency: str) -> Decimal:
    """An amount in AUD, in `currency` at the fixed rates, rounded to 4 places."""
    return (aud / Decimal(CURRENCIES[currency][3])).quantize(_PLACES, ROUND_HALF_UP)


def letter_price(country: str, pages: int, *, colour: bool, priority: bool) -> Decimal:
    """The price of one letter of `pages` pages, in AUD."""
    black, coloured = PAGE_PRICES
    price = unit_price("letter", country) + (pages - 1) * (coloured if colour else black)
    if colour:
        price += COLOUR_LETTER
    if priority:
        price += PRIORITY_POST
    return price
