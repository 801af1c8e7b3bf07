r"""How many parts an SMS is billed as, counted as ClickSend counts them.

Written here from the GSM 03.38 tables and ClickSend's published limits, independently of any
SDK helper, so that the SDK's own counting can be tested against it.

- A body made only of GSM-7 characters is sent in GSM-7: up to 160 characters in one part; a
  longer one is cut into parts of 153 (7 characters go to the header that joins the parts).
  The characters of the extension table (``^ { } [ ] ~ \ | €`` and form feed) take an escape
  plus the character, so they count twice.
- Any other character makes the whole body UCS-2, counted in UTF-16 code units (an emoji outside
  the Basic Multilingual Plane counts twice): up to 70 in one part, else parts of 67.
- An empty body is one part.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

#: The GSM 03.38 basic character set (each character is one septet).
GSM7_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The GSM 03.38 extension table: each character takes an escape septet plus its own.
GSM7_EXTENSION: Final = frozenset("^{}\\[~]|€\f")

#: Characters in one part, and in each part of a message cut into several (GSM-7).
GSM7_SINGLE: Final = 160
GSM7_MULTI: Final = 153
#: The same for UCS-2, in UTF-16 code units.
UCS2_SINGLE: Final = 70
UCS2_MULTI: Final = 67


@dataclass(frozen=True, slots=True)
class SmsParts:
    """How an SMS body is encoded and billed.

    Attributes:
        encoding: "GSM-7" or "UCS-2".
        length: Its length in the encoding's units: septets (extension characters count two)
            or UTF-16 code units.
        parts: How many SMS it is sent (and billed) as.
    """

    encoding: Literal["GSM-7", "UCS-2"]
    length: int
    parts: int


def is_gsm7(text: str) -> bool:
    """Whether every character of `text` can be sent in GSM-7."""
    return all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text)


def count_parts(body: str) -> SmsParts:
    """The encoding, length and number of parts of an SMS body.

    Args:
        body: The text as it will be sent.

    Returns:
        Its `SmsParts`.
    """
    if is_gsm7(body):
        length = sum(2 if char in GSM7_EXTENSION else 1 for char in body)
        single, multi, encoding = GSM7_SINGLE, GSM7_MULTI, "GSM-7"
    else:
        length = len(body.encode("utf-16-le")) // 2
        single, multi, encoding = UCS2_SINGLE, UCS2_MULTI, "UCS-2"
    parts = 1 if length <= single else math.ceil(length / multi)
    return SmsParts("GSM-7" if encoding == "GSM-7" else "UCS-2", length, parts)
