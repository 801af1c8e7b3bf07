"""The errors of clicksend_async.

    ClickSendError
    ├── APIConnectionError          the request may not have reached ClickSend
    │   └── APITimeoutError
    ├── APIResponseValidationError  the server answered something that is not the documented shape
    └── APIStatusError              .status_code .response_code .response_msg .body .response
        ├── BadRequestError 400     (.response_code e.g. INVALID_RECIPIENT, MISSING_REQUIRED_FIELDS)
        ├── AuthenticationError 401
        ├── PermissionDeniedError 403
        ├── NotFoundError 404
        ├── MethodNotAllowedError 405
        ├── RateLimitError 429      (raised only when retries are exhausted; .retry_after)
        └── InternalServerError 5xx

Arguments the SDK can tell are wrong before sending raise the built-in `TypeError` or
`ValueError` instead: nothing was sent, so nothing needs reconciling.

`outcome_unknown` is True on an `APIConnectionError` or `InternalServerError` when the request
may have been carried out by ClickSend and was not repeated, because repeating it could do it
twice (creating a contact, buying a package). Look before you try again.

No message or repr here holds the API key or the Authorization header: they are built from the
method, the path and ClickSend's own `response_code`/`response_msg`.
"""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClickSendError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]

#: Told when an unsafe call may have been done and was not repeated.
UNKNOWN_OUTCOME = (
    "the outcome is unknown: ClickSend may have done it. It was not repeated, since repeating "
    "it could do it twice; check before trying again"
)


class ClickSendError(Exception):
    """Base of every error raised by the SDK about a call to ClickSend."""


class APIConnectionError(ClickSendError):
    """No answer came: the connection failed, dropped, or timed out.

    Attributes:
        request: The request that failed (its method and URL; never printed with headers).
        outcome_unknown: True when the request may have been done and was not repeated.
    """

    def __init__(self, message: str, *, request: httpx.Request, outcome_unknown: bool = False):
        super().__init__(message)
        self.request = request
        self.outcome_unknown = outcome_unknown


class APITimeoutError(APIConnectionError):
    """The request took longer than the configured timeout."""


class APIResponseValidationError(ClickSendError):
    """ClickSend answered 2xx with a body that is not the documented shape.

    Attributes:
        response: The raw answer.
        body: The decoded JSON, or the text when it is not JSON.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: object):
        super().__init__(message)
        self.response = response
        self.body = body


class APIStatusError(ClickSendError):
    """ClickSend answered with an error status.

    Attributes:
        status_code: The HTTP status.
        response_code: ClickSend's application status code (e.g. "ALREADY_EXISTS"), or None
            when the body is not a ClickSend envelope (a proxy's HTML page, say).
        response_msg: ClickSend's message, or None.
        body: The decoded JSON body, or its text when it is not JSON.
        response: The raw answer.
        outcome_unknown: True on a 5xx to a request that may have been done and was not
            repeated.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        response_code: str | None,
        response_msg: str | None,
        outcome_unknown: bool = False,
    ):
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.response_code = response_code
        self.response_msg = response_msg
        self.outcome_unknown = outcome_unknown


class BadRequestError(APIStatusError):
    """400: the request was invalid; `response_code` says why (e.g. MISSING_REQUIRED_FIELDS)."""


class AuthenticationError(APIStatusError):
    """401: the credentials were missing or wrong (INVALID_CREDENTIALS)."""


class PermissionDeniedError(APIStatusError):
    """403: refused for this account (not active, banned, no credit, no access)."""


class NotFoundError(APIStatusError):
    """404: no such resource, or no such URL."""


class MethodNotAllowedError(APIStatusError):
    """405: the method is not allowed on this URL."""


class RateLimitError(APIStatusError):
    """429, after every retry the client was allowed: slow down.

    Attributes:
        retry_after: Seconds ClickSend asked to wait (from `Retry-After`), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        response_code: str | None,
        response_msg: str | None,
        outcome_unknown: bool = False,
        retry_after: float | None,
    ):
        super().__init__(
            message,
            response=response,
            body=body,
            response_code=response_code,
            response_msg=response_msg,
            outcome_unknown=outcome_unknown,
        )
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: ClickSend (or a proxy in front of it) failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header: delay-seconds or an HTTP date.

    Args:
        value: The header, if any.
        now: The current Unix time, for an HTTP date.

    Returns:
        A non-negative number of seconds, or None when absent or unreadable.
    """
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError, IndexError):
            return None
    return max(seconds, 0.0) if seconds == seconds else None  # NaN is unreadable


def status_error(
    response: httpx.Response, *, where: str, outcome_unknown: bool, now: float
) -> APIStatusError:
    """The typed error for a non-2xx answer, with ClickSend's codes when the body has them.

    Args:
        response: The answer (its body already read).
        where: The call, e.g. "contacts.create (POST /lists/{list_id}/contacts)".
        outcome_unknown: Whether a 5xx leaves an unsafe call's outcome unknown.
        now: The current Unix time, to read an HTTP-date `Retry-After`.

    Returns:
        The exception to raise; not raised here.
    """
    body: object
    try:
        body = json.loads(response.content)
    except ValueError:
        body = response.text
    response_code = response_msg = None
    if isinstance(body, dict):
        code, msg = body.get("response_code"), body.get("response_msg")
        response_code = code if isinstance(code, str) else None
        response_msg = msg if isinstance(msg, str) else None
    status = response.status_code
    if response_code is not None:
        message = f"{where}: {status} {response_code}: {response_msg or ''}".rstrip(": ")
    else:
        snippet = " ".join(response.text.split())[:120]
        message = f"{where}: HTTP {status}" + (f", body: {snippet!r}" if snippet else "")
    if 300 <= status < 400:
        location = response.headers.get("location", "?")
        message += (
            f". Redirect to {location} not followed: the SDK never sends credentials to "
            "another URL; check base_url"
        )
    if status >= 500 and outcome_unknown:
        message += "; " + UNKNOWN_OUTCOME
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    fields: dict[str, Any] = {
        "response": response,
        "body": body,
        "response_code": response_code,
        "response_msg": response_msg,
        "outcome_unknown": outcome_unknown and status >= 500,
    }
    if cls is RateLimitError:
        return RateLimitError(
            message,
            retry_after=parse_retry_after(response.headers.get("retry-after"), now),
            **fields,
        )
    return cls(message, **fields)
