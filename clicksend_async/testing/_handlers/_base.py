"""What every handler shares: the `Call` it gets, the registry, and the checks of bodies.

A handler gets a `Call` (the authenticated account, path and query parameters, the body) and
returns `(response_msg, data)` for a 200 answer, or raises `ApiError`. The messages are the
docs' own. The account, contact and email-to-SMS groups build bodies with the generated models'
`to_dict()`, so they have the documented shape by construction (contacts, rendered by hand for
speed, are held to their model by a test); the messaging groups write their records as the
docs' examples spell them, and schemathesis holds every answer to openapi.yaml.

Rules the docs leave open, as decided here for every group:

- Which fields a body has, their types, which are required and which groups apply (at least
  one of, exactly one of) are the operation's facts from openapi.yaml (`BODIES`), never listed
  here a second time.
- Every string field of a body is stripped of surrounding whitespace. A whole-number field that
  openapi.yaml also lets be a string (`Integer`: the credit card's expiry and cvc) takes a JSON
  number or a digit string, as the docs' samples send both; a field that takes a string or a
  number freely (a postal code) keeps what was sent. A flag (`Flag`) takes 0, 1, "0", "1" or
  a boolean and is kept as 0 or 1; anything else answers 400 BAD_REQUEST. A required field
  that is absent, null or empty answers 400 MISSING_REQUIRED_FIELDS naming it; a field of the
  wrong type answers 400 BAD_REQUEST. Unknown fields are ignored.
- Each group's own rules are in the docstring of its module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._data import COUNTRY_CODES
from .._listing import ListingCache
from .._listing import page_object as _page_object
from .._messaging.engine import Engine
from .._protocol import ApiError, bad_request, missing_fields, not_found
from .._routes import BODIES, Body
from .._store import Account, ImportJob, Notification, Store

#: What a handler returns: the `response_msg` and the `data` of a 200 answer.
Result = tuple[str, object]


@dataclass(frozen=True, slots=True)
class Bare:
    """An answer written as it is, without the envelope (the newer resources answer so).

    Attributes:
        payload: The JSON of the answer.
    """

    payload: object


@dataclass(slots=True)
class Call:
    """One request, as a handler sees it.

    Attributes:
        operation: The operationId.
        store: The whole state.
        account: The authenticated account (None for calls that need no login).
        params: Path parameters, decoded.
        query: Query parameters in order (a repeated one: its first value counts).
        raw_body: The request body.
        url: The request's URL without its query (for the page URLs).
        now: The current Unix time, in seconds.
        outbox: Where "sent" notifications go.
        imports: Where queued list imports go.
        cache: Searched-and-sorted listings.
        engine: The messaging engine (messages, receipts, inbound, webhooks).
    """

    operation: str
    store: Store
    account: Account | None
    params: Mapping[str, str]
    query: Sequence[tuple[str, str]]
    raw_body: bytes
    url: str
    now: int
    outbox: list[Notification]
    imports: list[ImportJob]
    cache: ListingCache
    engine: Engine

    @property
    def origin(self) -> str:
        """Scheme, host and port of the request, e.g. "http://127.0.0.1:8765"."""
        return self.url.split("/v3/", 1)[0] if "/v3/" in self.url else self.url

    @property
    def me(self) -> Account:
        """The authenticated account (the dispatcher guarantees one for calls that need it)."""
        assert self.account is not None  # noqa: S101 (only reached by calls that need a login)
        return self.account

    def body(self) -> dict[str, Any]:
        """The JSON object sent, or {} when nothing was sent.

        Raises:
            ApiError: 400 BAD_REQUEST when the body is not a JSON object.
        """
        if not self.raw_body.strip():
            return {}
        try:
            value = json.loads(self.raw_body)
        except ValueError:
            raise bad_request("The request body is not valid JSON.") from None
        if not isinstance(value, dict):
            raise bad_request("The request body must be a JSON object.")
        return value

    def fields(self) -> dict[str, Any]:
        """The body's fields, read as openapi.yaml declares them (see `body_fields`)."""
        return body_fields(self.operation, self.body())

    def first(self, name: str) -> str | None:
        """The first value of a query parameter, if given."""
        for key, value in self.query:
            if key == name:
                return value
        return None

    def id_param(self, name: str) -> int:
        """A path parameter that is an id; one that is not a number names nothing: 404."""
        text = self.params[name]
        if not text.isascii() or not text.isdigit() or len(text) > 18:
            raise not_found()
        return int(text)

    def page(
        self,
        records: Sequence[Any],
        render: Callable[[Any], Mapping[str, Any]],
        fields: Sequence[str],
        *extra_key: object,
    ) -> dict[str, Any]:
        """One page of `records`, per the request's page/limit/q/operator/order_by."""
        return _page_object(
            records,
            render,
            fields=fields,
            query=self.query,
            url=self.url,
            cache=self.cache,
            cache_key=(self.account.username if self.account else "", self.operation, *extra_key),
            generation=self.store.generation,
        )


Handler = Callable[[Call], Result]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler of an operationId."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# ------------------------------------------------------------------------------- body helpers

PHONE_JUNK = re.compile(r"[\s().\-]")
_PHONE = re.compile(r"\+?[0-9]{6,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
URL = re.compile(r"https?://[^\s/]+\S*")


def _strings(body: Mapping[str, Any], names: Sequence[str]) -> dict[str, str]:
    """The string fields given (null counts as not given), stripped.

    Raises:
        ApiError: 400 BAD_REQUEST for a field that is not a string.
    """
    values: dict[str, str] = {}
    for name in names:
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise bad_request(
                f"{name} must be a string, got {type(value).__name__}",
                {name: [f"The {name} must be a string."]},
            )
        values[name] = value.strip()
    return values


def _require(values: Mapping[str, object], names: Sequence[str]) -> None:
    """400 MISSING_REQUIRED_FIELDS naming each of `names` that is absent or empty."""
    missing = [name for name in names if values.get(name) in (None, "")]
    if missing:
        raise missing_fields(*missing)


def _integer(body: Mapping[str, Any], name: str, digits: bool = False) -> int | None:
    """An integer field, if given; with `digits`, a string of digits is one too.

    Raises:
        ApiError: 400 BAD_REQUEST for a value that is not a whole number.
    """
    value = body.get(name)
    if value is None:
        return None
    if digits and isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,18}", value.strip()):
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        # The value itself is not echoed: it may be a card's cvc.
        raise bad_request(
            f"{name} must be a whole number", {name: [f"The {name} must be an integer."]}
        )
    return value


def _flag(body: Mapping[str, Any], name: str) -> int | None:
    """A yes/no field, if given, as 0 or 1 (the docs' spelling).

    Raises:
        ApiError: 400 BAD_REQUEST for anything but 0, 1, "0", "1", true or false.
    """
    value = body.get(name)
    if value is None:
        return None
    if value in (0, 1, "0", "1") and not isinstance(value, float):
        return int(value)
    raise bad_request(f"{name} must be 0 or 1 (or a boolean)", {name: [f"The {name} is invalid."]})


def _given(value: object) -> bool:
    """Whether a value counts as given: not null, not an empty string, list or object."""
    return value is not None and not (isinstance(value, str | list | dict) and not value)


def _is_str(body: Mapping[str, Any], name: str) -> bool:
    return isinstance(body.get(name), str)


def body_fields(
    operation_id: str, body: Mapping[str, Any], facts: Body | None = None
) -> dict[str, Any]:
    """The fields of an operation's body, by their JSON names, as its `Operation` declares them.

    Strings are stripped and integers must be whole numbers (null counts as not given); a field
    that takes either keeps what was sent; any other field is kept as sent, an empty one
    counting as not given. Then every required field must be there and not empty.

    Args:
        operation_id: The operationId.
        body: The JSON object sent.
        facts: Its body facts; default those of the generated `Operation`.

    Raises:
        ApiError: 400 BAD_REQUEST for a field of the wrong type; 400 MISSING_REQUIRED_FIELDS
            naming every required field that is absent, null or empty.
    """
    facts = BODIES[operation_id] if facts is None else facts
    # A field that takes both an int and a str: a whole number in either spelling when
    # openapi.yaml says its string holds digits (Integer), else whichever was sent.
    either = set(facts.strings) & set(facts.integers)
    digits = either & set(facts.digit_strings)
    values: dict[str, Any] = _strings(
        body,
        [n for n in facts.strings if n not in either or (n not in digits and _is_str(body, n))],
    )
    for name in facts.flags:
        if (flag := _flag(body, name)) is not None:
            values[name] = flag
    for name in facts.integers:
        if name in values or name in facts.flags:
            continue
        if (number := _integer(body, name, name in digits)) is not None:
            values[name] = number
    for name in facts.fields:
        kept = body.get(name)
        if name not in facts.strings and name not in facts.integers and _given(kept):
            values[name] = body[name]
    _require(values, facts.required)
    return values


def either(names: Sequence[str]) -> str:
    """Names as prose: "a, b and c"."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def check_phone(name: str, value: str) -> str:
    cleaned = PHONE_JUNK.sub("", value)
    if not _PHONE.fullmatch(cleaned):
        raise ApiError(
            400,
            "INVALID_RECIPIENT",
            f"{name} is not a valid number: 6 to 15 digits, optionally after a +.",
            {name: [f"The {name} is invalid."]},
        )
    return cleaned


def check_email(name: str, value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise bad_request(
            f"{name} is not a valid email address.", {name: [f"The {name} is invalid."]}
        )
    return value


def check_country(name: str, value: str) -> str:
    code = value.upper()
    if code not in COUNTRY_CODES:
        raise bad_request(
            f"{name} must be a two-letter country code (ISO 3166), got {value[:20]!r}",
            {name: [f"The {name} is invalid."]},
        )
    return code
