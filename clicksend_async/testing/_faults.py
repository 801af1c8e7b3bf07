"""Injected faults: their kinds, and how the dispatcher tells the adapters about them.

A fault that is an answer (a 5xx, a 429, a malformed body) comes back from `handle()` like any
answer. The others cannot be written as a status and a body, so `handle()` raises one of the
exceptions below and the adapter (the httpx transport, the ASGI app) acts it out.
"""

from __future__ import annotations

import json
from typing import Any, Final

#: Every kind `EmbeddedClickSend.inject()` takes; "applied" says if the call was carried out.
FAULT_KINDS: Final = (
    "5xx",  # 500 INTERNAL_SERVER_ERROR envelope; not applied
    "html_502",  # 502 with a proxy's HTML page; not applied
    "429",  # 429 TOO_MANY_REQUESTS with Retry-After: 1; not applied
    "drop_before",  # the connection fails before the request is read; not applied
    "drop_after",  # applied, then the connection drops before any answer
    "malformed",  # applied, answered with a body cut in half (not JSON)
    "truncated",  # applied, the answer's body stops short of its Content-Length
    "incomplete",  # applied, answered with an envelope that lacks its required `data`
    "extended",  # applied, every JSON object of the answer has a field added (EXTRA_FIELD)
    "timeout",  # applied, then no answer ever comes
    "hang",  # no answer ever comes; not applied
)
#: What `fault_rate` draws from by default; "drop" is drop_before or drop_after, half each.
DEFAULT_RANDOM_FAULTS: Final = ("5xx", "drop", "malformed")

#: Faults decided before the call is carried out (the call is then not applied).
BEFORE: Final = frozenset(("5xx", "html_502", "429", "drop_before", "hang"))

#: The field the "extended" fault adds to every JSON object of an answer, as a later version of
#: ClickSend might: a client must accept (and keep) fields it does not know.
EXTRA_FIELD: Final = "x_added_later"
EXTRA_VALUE: Final = "a field ClickSend added later"

HTML_502: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


def incomplete(body: bytes) -> bytes:
    """An answer's JSON body without the envelope's `data` (unchanged if it is not an envelope)."""
    payload = json.loads(body)
    if isinstance(payload, dict):
        payload.pop("data", None)
    return json.dumps(payload, separators=(",", ":")).encode()


def extended(body: bytes) -> bytes:
    """An answer's JSON body with EXTRA_FIELD added to every object in it, at every depth."""

    def extend(value: Any) -> Any:
        if isinstance(value, dict):
            return {**{key: extend(item) for key, item in value.items()}, EXTRA_FIELD: EXTRA_VALUE}
        if isinstance(value, list):
            return [extend(item) for item in value]
        return value

    return json.dumps(extend(json.loads(body)), separators=(",", ":")).encode()


class Dropped(Exception):
    """The connection drops without an answer.

    Attributes:
        applied: Whether the call was carried out first.
    """

    def __init__(self, applied: bool) -> None:
        super().__init__("the connection was dropped" + (" after the call" if applied else ""))
        self.applied = applied


class NoAnswer(Exception):
    """No answer ever comes (the client's read timeout is what ends the wait).

    Attributes:
        applied: Whether the call was carried out first.
    """

    def __init__(self, applied: bool) -> None:
        super().__init__("no answer" + (" after the call" if applied else ""))
        self.applied = applied


class Truncated(Exception):
    """The answer starts, then its body stops short of the announced Content-Length.

    Attributes:
        status: The answer's status.
        headers: Its headers.
        body: The whole body that was due; the adapter sends only a part of it.
    """

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        super().__init__(f"the {status} answer was cut short")
        self.status = status
        self.headers = headers
        self.body = body
