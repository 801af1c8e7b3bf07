"""The wire format shared by every handler: the envelope, errors, and JSON bodies."""

from __future__ import annotations

import json
from typing import Any

#: Content-Type of every answer of the embedded ClickSend but the injected HTML page.
JSON_CONTENT_TYPE = "application/json"

# Messages the ClickSend docs give for its status codes.
MESSAGES = {
    "MISSING_CREDENTIALS": (
        "Not enough information has been supplied for authentication. Please ensure that your "
        "Username and Unique Key are supplied in your request."
    ),
    "INVALID_CREDENTIALS": "Your Username or Unique Key is incorrect.",
    "ACCOUNT_NOT_ACTIVATED": "Your account has not been activated.",
    "BANNED": "Your account has been banned.",
    "NOT_FOUND": "The URI requested is invalid or the resource requested does not exists.",
    "METHOD_NOT_ALLOWED": "Method doesn't exist or is not allowed.",
    "TOO_MANY_REQUESTS": (
        "Rate Limit Exceeded. The request cannot be served due to the application's rate limit "
        "having been exhausted for the resource."
    ),
    "INTERNAL_SERVER_ERROR": "Something is broken",
}


class ApiError(Exception):
    """An error answer: raised by handlers, turned into an envelope by the dispatcher.

    Args:
        status: The HTTP status.
        code: ClickSend's application status code (`response_code`).
        message: The `response_msg`; never holds a secret.
        data: Details (field errors), or None for `[]`.
        headers: Extra response headers (`Retry-After`, `Allow`).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        data: object = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.data = data
        self.headers = headers or {}


def bad_request(message: str, data: object = None) -> ApiError:
    """400 BAD_REQUEST."""
    return ApiError(400, "BAD_REQUEST", message, data)


def missing_fields(*names: str) -> ApiError:
    """400 MISSING_REQUIRED_FIELDS naming the fields, with one message per field in `data`."""
    return ApiError(
        400,
        "MISSING_REQUIRED_FIELDS",
        f"Some required fields are missing: {', '.join(names)}.",
        {name: [f"The {name} field is required."] for name in names},
    )


def not_found(message: str = MESSAGES["NOT_FOUND"]) -> ApiError:
    """404 NOT_FOUND."""
    return ApiError(404, "NOT_FOUND", message)


def envelope(status: int, code: str, message: str, data: object) -> dict[str, Any]:
    """The wrapper of every ClickSend answer."""
    return {"http_code": status, "response_code": code, "response_msg": message, "data": data}


def encode(payload: object) -> bytes:
    """A compact UTF-8 JSON body."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def error_body(error: ApiError) -> bytes:
    """The JSON body of an error answer (`data` is `[]` when it has no details)."""
    data = [] if error.data is None else error.data
    return encode(envelope(error.status, error.code, error.message, data))
