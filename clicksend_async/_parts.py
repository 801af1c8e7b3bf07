r"""`sms_parts(body)`: how ClickSend counts an SMS, without a request.

An SMS is sent in the GSM 03.38 7-bit alphabet when every character of it is in that alphabet,
else in UCS-2. One part holds 160 GSM-7 characters (70 UCS-2); a longer message is split into
parts of 153 (67), the rest of each part carrying the header that joins them. Characters of the
GSM extension table (`^{}\[~]|€` and form feed) take an escape plus the character: they count
twice. UCS-2 counts UTF-16 code units, so an emoji outside the Basic Multilingual Plane counts
twice. ClickSend bills per part.
"""

from __future__ import annotations

from typing import Literal

import attrs

# GSM 03.38 basic character set (the 128 characters of the default alphabet; `\x1b`, the
# escape to the extension table, is not a character of its own).
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each is sent as escape + character, two septets.
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

SINGLE = {"GSM-7": 160, "UCS-2": 70}
PER_PART = {"GSM-7": 153, "UCS-2": 67}


@attrs.frozen(slots=True)
class SmsParts:
    """How ClickSend counts one SMS body.

    Attributes:
        encoding: "GSM-7" when every character is in the GSM alphabet, else "UCS-2".
        characters: Characters as counted for the parts: GSM extension characters twice,
            UTF-16 code units in UCS-2 (an emoji counts two).
        parts: The number of parts (and of message credits) it is billed as; 0 for "".
        per_part: Characters a part holds at this length: 160/70 in one part, 153/67 split.
        remaining: Characters that still fit in the last part.
    """

    encoding: Literal["GSM-7", "UCS-2"]
    characters: int
    parts: int
    per_part: int
    remaining: int


def sms_parts(body: str) -> SmsParts:
    """Count an SMS body as ClickSend does: encoding, characters and parts.

    Args:
        body: The message text.

    Returns:
        Its `SmsParts`.

    Raises:
        TypeError: `body` is not a string.
    """
    if not isinstance(body, str):
        raise TypeError(f"sms_parts: body must be str, got {type(body).__name__}")
    encoding: Literal["GSM-7", "UCS-2"]
    if all(c in _GSM_BASIC or c in _GSM_EXTENSION for c in body):
        encoding = "GSM-7"
        characters = len(body) + sum(c in _GSM_EXTENSION for c in body)
    else:
        encoding = "UCS-2"
        characters = len(body.encode("utf-16-le")) // 2
    if characters <= SINGLE[encoding]:
        per_part = SINGLE[encoding]
        parts = 1 if characters else 0
    else:
        per_part = PER_PART[encoding]
        parts = -(-characters // per_part)
    remaining = parts * per_part - characters if parts else per_part
    return SmsParts(encoding, characters, parts, per_part, remaining)
