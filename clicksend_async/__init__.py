"""clicksend-async: an async-first SDK for the ClickSend REST API v3 (asyncio and trio).

    import anyio
    from clicksend_async import ClickSend, Search, OrderBy

    async def main() -> None:
        async with ClickSend() as cs:  # CLICKSEND_USERNAME / CLICKSEND_API_KEY
            async for contact in cs.contacts.iter(42, search=Search(first_name="ellen")):
                print(contact.contact_id)

    anyio.run(main)

Models (`Contact`, `ContactList`, ...) are in `clicksend_async.models`; the embedded ClickSend
for tests is `clicksend_async.testing`.
"""

from ._bulk import DEFAULT_BULK_CONCURRENCY, BulkItem, BulkResult, ProgressCallback
from ._client import (
    DEFAULT_BASE_URL,
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
    ClickSend,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClickSendError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._generated.models import ResponseCode
from ._pagination import DEFAULT_PAGE_CONCURRENCY, AsyncPaginator, CursorPage, Page
from ._parts import SmsParts, sms_parts
from ._query import OrderBy, Search
from ._ratelimit import RateLimiterProtocol
from ._sending import (
    DEFAULT_RECONCILE_DELAY,
    DEFAULT_SEND_CONCURRENCY,
    OutcomeCallback,
    SendManyResult,
    SendOutcome,
    SendState,
)
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_BULK_CONCURRENCY",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_CONCURRENCY",
    "DEFAULT_RECONCILE_DELAY",
    "DEFAULT_SEND_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BulkItem",
    "BulkResult",
    "ClickSend",
    "ClickSendError",
    "CursorPage",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "OrderBy",
    "OutcomeCallback",
    "Page",
    "PermissionDeniedError",
    "ProgressCallback",
    "RateLimitError",
    "RateLimiterProtocol",
    "ResponseCode",
    "Search",
    "SendManyResult",
    "SendOutcome",
    "SendState",
    "SmsParts",
    "__version__",
    "sms_parts",
]
