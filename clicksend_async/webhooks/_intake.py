"""What every adapter does to a webhook call, without a framework: the gate and the answers.

The order is the contract: the token first (401, nothing read), then the size (413, reading
stops at the limit), then the decoding and parsing (415, 400), then the callback (500 when it
raises, so ClickSend calls again; 200 when it returns). Nothing reaches the callback unless every
check passed. The token is never logged, echoed or kept in the event.
"""

from __future__ import annotations

import hmac
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from urllib.parse import unquote_plus

import attrs

from ._errors import WebhookParseError
from ._events import WebhookEvent
from ._parse import parse, resolve_kind

__all__ = [
    "DEFAULT_MAX_BODY",
    "TOKEN_PARAMETER",
    "Answer",
    "Callback",
    "Gate",
    "check_callback",
    "deliver",
]

#: The largest body read, in bytes; ClickSend's calls are well under 4 KiB.
DEFAULT_MAX_BODY = 64 * 1024
#: The query parameter of the webhook URL that carries the shared secret.
TOKEN_PARAMETER = "token"  # noqa: S105 (the name of the parameter, not a secret)

#: What the adapters call with each event: an async function (its result is ignored).
Callback = Callable[[WebhookEvent], Awaitable[object]]

logger = logging.getLogger("clicksend_async.webhooks")

_JSON_TYPES = ("application/json",)
_FORM_TYPE = "application/x-www-form-urlencoded"


@attrs.frozen
class Answer:
    """The status and plain-text body an adapter answers with."""

    status: int
    text: str


OK = Answer(200, "OK")
UNAUTHORISED = Answer(401, f"missing or wrong {TOKEN_PARAMETER} in the query string")
NOT_ALLOWED = Answer(405, "a ClickSend webhook takes GET or POST")
CALLBACK_FAILED = Answer(500, "the event was not handled; call again")


def check_callback(callback: object) -> None:
    """Refuse, at construction, a callback that is not an async function.

    A plain function would fail every call with a 500; better to say so at once.

    Raises:
        TypeError: `callback` is not an async function (nor an object with `async def __call__`,
            nor a `functools.partial` of one).
    """
    if inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(
        getattr(callback, "__call__", None)  # noqa: B004 (an object with async __call__)
    ):
        return
    raise TypeError(f"callback must be an async function (async def ...(event)), got {callback!r}")


class Refused(Exception):
    """A call the gate turns away, with the answer to give (the caller logs and answers it)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.text)
        self.answer = answer


def _secrets(secret: str | Iterable[str]) -> tuple[bytes, ...]:
    given: list[object] = []
    if isinstance(secret, str):
        given = [secret]
    elif isinstance(secret, Iterable):  # bytes give ints: refused below
        given = list(secret)
    if not given or not all(isinstance(s, str) and s for s in given):
        raise ValueError(
            "secret must be a non-empty string (or several, while you rotate it), e.g. "
            "secrets.token_urlsafe(32); give ClickSend the URL with ?token=<secret>"
        )
    return tuple(s.encode() for s in given if isinstance(s, str))


@attrs.frozen(init=False)
class Gate:
    """The checks of one webhook route: its secret(s), its body limit and its event kind.

    Args:
        secret: The token the route's URL carries (`?token=...`); several are accepted while
            you rotate it.
        max_body: The largest body read, in bytes (413 past it).
        kind: The one kind of event the route receives, or None to tell it from the fields.

    Raises:
        ValueError: An empty secret, a limit below 1, or a kind that names no event.
    """

    secrets: tuple[bytes, ...] = attrs.field(repr=False)  # never shown
    max_body: int
    kind: type[WebhookEvent] | None

    def __init__(
        self,
        secret: str | Iterable[str],
        *,
        max_body: int = DEFAULT_MAX_BODY,
        kind: str | type[WebhookEvent] | None = None,
    ) -> None:
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
            raise ValueError(f"max_body must be a positive number of bytes, got {max_body!r}")
        self.__attrs_init__(_secrets(secret), max_body, resolve_kind(kind))

    def check_token(self, query_string: str) -> list[tuple[str, str]]:
        """The query's parameters, once its token matches one secret (compared in constant time).

        Raises:
            Refused: 401, the token is missing, repeated or wrong.
        """
        try:
            pairs = form_pairs(query_string)
        except UnicodeDecodeError:
            raise Refused(UNAUTHORISED) from None
        tokens = [value.encode() for name, value in pairs if name == TOKEN_PARAMETER]
        matched = False
        if len(tokens) == 1:
            for secret in self.secrets:  # every secret compared: no early exit to time
                matched |= hmac.compare_digest(tokens[0], secret)
        if not matched:
            raise Refused(UNAUTHORISED)
        return [(name, value) for name, value in pairs if name != TOKEN_PARAMETER]

    def check_length(self, content_length: str | int | None) -> None:
        """Refuse a body whose declared length is over the limit, before reading it.

        Raises:
            Refused: 413.
        """
        if content_length is None:
            return
        try:
            declared = int(content_length)
        except ValueError:
            raise Refused(Answer(400, "Content-Length is not a number")) from None
        if declared > self.max_body:
            raise Refused(self.too_large)

    @property
    def too_large(self) -> Answer:
        """The 413 answer, naming the limit."""
        return Answer(413, f"the body is over {self.max_body} bytes")

    def event(
        self, method: str, content_type: str | None, body: bytes, query: list[tuple[str, str]]
    ) -> WebhookEvent:
        """The event of a call whose token and size passed.

        A GET (and a POST with an empty body) carries its fields in the query string; a POST
        carries a form (`application/x-www-form-urlencoded`) or a JSON object. A body without
        a content type is read as JSON when it starts with `{`, else as a form.

        Raises:
            Refused: 405 (not GET or POST), 415 (multipart), or 400 (the fields are no event:
                the answer says which field is at fault).
        """
        if method not in ("GET", "POST"):
            raise Refused(NOT_ALLOWED)
        try:
            return parse(self._fields(content_type, body, query), kind=self.kind)
        except WebhookParseError as error:
            raise Refused(Answer(400, str(error))) from None

    def _fields(
        self, content_type: str | None, body: bytes, query: list[tuple[str, str]]
    ) -> Mapping[str, object]:
        if not body.strip():
            return dict(query)
        media = (content_type or "").partition(";")[0].strip().lower()
        if media.startswith("multipart/"):
            raise Refused(
                Answer(415, "multipart bodies are not read: ClickSend posts a form or JSON")
            )
        if media in _JSON_TYPES or media.endswith("+json"):
            return _json_object(body)
        if media == _FORM_TYPE or body.lstrip()[:1] != b"{":
            return _form(body)
        return _json_object(body)


def form_pairs(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of a form or query string, as `parse_qsl` reads them.

    The same pairs as `parse_qsl(text, keep_blank_values=True, errors="strict")`, in about half
    its time: only the names and values that hold `%` or `+` are unquoted.

    Raises:
        UnicodeDecodeError: A %-escape that is not UTF-8.
    """
    pairs = []
    for pair in text.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        if "%" in name or "+" in name:
            name = unquote_plus(name, errors="strict")
        if "%" in value or "+" in value:
            value = unquote_plus(value, errors="strict")
        pairs.append((name, value))
    return pairs


def _form(body: bytes) -> dict[str, str]:
    try:
        return dict(form_pairs(body.decode("utf-8")))
    except UnicodeDecodeError:
        raise WebhookParseError("the form is not UTF-8 text") from None


def _json_object(body: bytes) -> dict[str, object]:
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python goes
        raise WebhookParseError("the body is not valid JSON") from None
    if not isinstance(decoded, dict):
        raise WebhookParseError(
            f"the JSON body must be an object of fields, got {type(decoded).__name__}"
        )
    return decoded


def refused(answer: Answer, path: str) -> Answer:
    """Log a refused call (the path only: the query holds the token) and give its answer."""
    logger.warning("ClickSend webhook %s refused with %d: %s", path, answer.status, answer.text)
    return answer


async def deliver(callback: Callback, event: WebhookEvent, path: str) -> Answer:
    """Await the callback with the event: 200 when it returns, 500 (logged) when it raises."""
    try:
        await callback(event)
    except Exception:
        # Logged with the event's id and the path, never the query string (it holds the token).
        logger.exception(
            "ClickSend webhook %s: the callback raised on %s; answered 500 so ClickSend "
            "calls again",
            path,
            event.event_id,
        )
        return CALLBACK_FAILED
    return OK
