"""`ClickSend`, the client: configuration, the connection pool, and the one request pipeline.

Every call of every resource goes through `ClickSend._call`: check the arguments (the
`Operation` facts from openapi.yaml), wait for the client-side rate limit if one is set, send,
map the answer to a typed error or parse it, and retry with tenacity what is safe to retry.
"""

from __future__ import annotations

import inspect
import ipaddress
import json
import logging
import os
import time
from collections.abc import Callable, Coroutine, Mapping
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any, Self, TypeVar

import anyio
import anyio.abc
import httpx
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt, wait_random_exponential

from ._exceptions import (
    UNKNOWN_OUTCOME,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClickSendError,
    InternalServerError,
    RateLimitError,
    status_error,
)
from ._generated.resources import Resources
from ._operation import Operation
from ._ratelimit import RateLimiter, RateLimiterProtocol
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "ClickSend",
]

#: ClickSend's REST API v3 (the `servers` entry of openapi.yaml).
DEFAULT_BASE_URL = "https://rest.clicksend.com/v3"
#: 10 s to connect, 60 s for everything else: the generated layer has no timeout of its own.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Retries after the first attempt (429s, connection failures, and 5xx/timeouts of safe calls).
DEFAULT_MAX_RETRIES = 4
#: The most seconds a `Retry-After` is honoured for; a longer one is waited this long.
MAX_RETRY_AFTER = 60.0
#: Backoff when ClickSend gives no `Retry-After`: random, up to 0.5 s doubling per try, 8 s at most.
RETRY_BACKOFF_INITIAL = 0.5
RETRY_BACKOFF_MAX = 8.0
#: The shared pool: many tasks may call at once; the rest wait for a connection.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=50)

logger = logging.getLogger("clicksend_async")
R = TypeVar("R")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def _checked_limiter(
    limiter: RateLimiterProtocol | None, username: str | None
) -> RateLimiterProtocol | None:
    """The `rate_limiter` argument, once it is known to pace this client's account."""
    if limiter is None:
        return None
    if not isinstance(limiter, RateLimiterProtocol) or not inspect.iscoroutinefunction(
        limiter.acquire
    ):
        raise TypeError(
            "rate_limiter must have an async acquire() method (see RateLimiterProtocol), "
            f"got {type(limiter).__name__}"
        )
    # A limiter that knows its account (RedisRateLimiter does) must count this one's requests.
    account = getattr(limiter, "account", None)
    if isinstance(account, str) and username is not None and account != username:
        raise ValueError(
            f"the rate_limiter counts the requests of account {account!r}, but this client "
            f"logs in as {username!r}: give each account a limiter of its own"
        )
    return limiter


class ClickSend(Resources):
    """The ClickSend REST API v3, for asyncio and trio.

    Use it as an async context manager (or call `aclose()`), and share one instance: it holds
    one connection pool, and any number of tasks may call it at once.

        async with ClickSend() as cs:          # credentials from the environment
            me = await cs.account.get()

    Args:
        username: API username; default `CLICKSEND_USERNAME`.
        api_key: API key; default `CLICKSEND_API_KEY`. Calls that need no login (creating an
            account, forgotten username/password, countries) work without credentials.
        base_url: Default `CLICKSEND_BASE_URL`, else `DEFAULT_BASE_URL`. Plain `http://` is
            refused for any host but loopback when credentials are set.
        timeout: Seconds, or an `httpx.Timeout`; None waits forever.
        max_retries: Retries after the first attempt; 0 turns retrying off.
        http_client: An `httpx.AsyncClient` to share a pool with; the caller closes it. Its
            base URL, auth and redirect settings are not used (each request sets its own).
        requests_per_second: Client-side rate limit: at most this many requests start in any
            one second, spread evenly, across all tasks using the client.
        rate_limiter: Any object with an async `acquire()` (`RateLimiterProtocol`), awaited
            before each request, instead of `requests_per_second`: one limit shared by many
            processes, such as `clicksend_async.redis.RedisRateLimiter`.

    Raises:
        ValueError: A username without an API key or the reverse, a bad base URL, or
            credentials over plain HTTP to a remote host, or a `rate_limiter` that counts
            another account than `username`.
        TypeError: Both `requests_per_second` and `rate_limiter`, or a `rate_limiter` without
            an `acquire()` method.
    """

    def __init__(
        self,
        username: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        requests_per_second: float | None = None,
        rate_limiter: RateLimiterProtocol | None = None,
    ) -> None:
        username = username if username is not None else _env("CLICKSEND_USERNAME")
        api_key = api_key if api_key is not None else _env("CLICKSEND_API_KEY")
        if (username is None) != (api_key is None):
            missing = (
                "api_key (or CLICKSEND_API_KEY)"
                if api_key is None
                else "username (or CLICKSEND_USERNAME)"
            )
            raise ValueError(
                f"ClickSend credentials are a username and an API key: {missing} is missing"
            )
        url = httpx.URL(base_url or _env("CLICKSEND_BASE_URL") or DEFAULT_BASE_URL)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL, got {str(url)!r}")
        if url.scheme == "http" and username is not None and not _is_loopback(url.host):
            raise ValueError(
                f"refusing to send credentials over plain http to {url.host}: use https "
                "(plain http is only for a ClickSend on this machine, such as the embedded one)"
            )
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(
                f"max_retries must be a whole number of at least 0, got {max_retries!r}"
            )

        self._username = username
        self._auth = httpx.BasicAuth(username, api_key) if username and api_key else None
        self._base_url = str(url).rstrip("/")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._max_retries = max_retries
        if rate_limiter is not None and requests_per_second is not None:
            raise TypeError(
                "pass requests_per_second or rate_limiter, not both: drop requests_per_second "
                "(the rate_limiter sets the rate), or drop rate_limiter for a limit of this "
                "process only"
            )
        self._limiter: RateLimiterProtocol | None = (
            RateLimiter(requests_per_second)
            if requests_per_second is not None
            else _checked_limiter(rate_limiter, username)
        )
        self._tasks: anyio.abc.TaskGroup | None = None
        self._tasks_exit = AsyncExitStack()
        self._closed = False
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
        super().__init__(self)

    @property
    def username(self) -> str | None:
        """The API username in use, if any (the API key is never exposed)."""
        return self._username

    @property
    def base_url(self) -> str:
        """Where requests go, without a trailing slash."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """Retries allowed after a first attempt."""
        return self._max_retries

    def __repr__(self) -> str:
        return f"ClickSend(username={self._username!r}, base_url={self._base_url!r})"

    async def __aenter__(self) -> Self:
        if self._closed:
            raise RuntimeError("this ClickSend is closed: make a new one")
        if self._tasks is not None:
            raise RuntimeError("this ClickSend is already open in an `async with` block")
        # The block's task group runs background work, such as `iter()` fetching the pages
        # ahead of the one being read; it ends with the block, its tasks cancelled.
        self._tasks = await self._tasks_exit.enter_async_context(anyio.create_task_group())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Leave the block in the task that entered it (a task group's rule, as with any
        # `async with`); the pool is closed whatever happens.
        try:
            if self._tasks is not None:
                self._tasks.cancel_scope.cancel()
                self._tasks = None
                await self._tasks_exit.aclose()
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool, unless it was given as `http_client`."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    def _spawn(self, function: Callable[..., Coroutine[Any, Any, object]], *args: object) -> bool:
        """Run `function(*args)` in the `async with` block's task group; False outside one."""
        if self._tasks is None:
            return False
        self._tasks.start_soon(function, *args)
        return True

    # ------------------------------------------------------------------------------ pipeline

    async def _call(self, operation: Operation[R], values: Mapping[str, object]) -> R:
        """Make one call: check, send (with retries), parse. The resources' only way out."""
        kwargs = operation.build(values)
        if operation.requires_auth and self._auth is None:
            raise ClickSendError(
                f"{operation.label} needs credentials: pass ClickSend(username=..., api_key=...) "
                "or set CLICKSEND_USERNAME and CLICKSEND_API_KEY"
            )
        # A Request of our own, not the pool's build_request: a shared pool's default headers,
        # params and cookies (another service's token, say) must not reach ClickSend.
        request = httpx.Request(
            kwargs["method"],
            self._base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers={**_HEADERS, **kwargs.get("headers", {})},
            extensions={"timeout": self._timeout.as_dict()},
        )
        auth = self._auth if operation.requires_auth else None
        try:
            return await self._attempt(operation, request, auth, 1)
        except (APIConnectionError, APIStatusError) as error:
            if self._max_retries == 0 or not _retryable(error):
                raise
            first_failure = error
        # Most calls succeed first time and never pay for tenacity. After a retryable failure
        # tenacity takes over, its first attempt being that failure: it waits as the failure
        # asks (Retry-After, or backoff), counts it against max_retries, and logs the retry.
        attempts = 0

        async def attempt() -> R:
            nonlocal attempts
            attempts += 1
            if attempts == 1:
                raise first_failure
            return await self._attempt(operation, request, auth, attempts)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._max_retries + 1),
            wait=_wait,
            retry=_should_retry,
            sleep=anyio.sleep,
            before_sleep=_log_retry,
            reraise=True,
        )
        return await retrying(attempt)

    async def _attempt(
        self,
        operation: Operation[R],
        request: httpx.Request,
        auth: httpx.Auth | None,
        attempt: int,
    ) -> R:
        """Send once; map every failure to a `ClickSendError` that says if it may be retried."""
        if self._limiter is not None:
            await self._limiter.acquire()
        started = time.perf_counter()
        # Messages and logs name the path template, never the URL: a path may hold a one-time
        # code (account-verify), and none of them holds the credentials.
        where = f"{operation.label} ({operation.http})"
        try:
            response = await self._http.send(request, auth=auth, follow_redirects=False)
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise APITimeoutError(
                f"{where}: no connection to {request.url.host} within the timeout "
                f"({type(error).__name__}); nothing was sent",
                request=request,
            ) from error
        except httpx.ConnectError as error:
            raise APIConnectionError(
                f"{where}: could not reach ClickSend at {request.url.host} "
                f"({type(error).__name__}); nothing was sent",
                request=request,
            ) from error
        except httpx.TimeoutException as error:
            raise APITimeoutError(
                _no_answer(where, operation, "timed out waiting for ClickSend"),
                request=request,
                outcome_unknown=not operation.idempotent,
            ) from error
        except httpx.HTTPError as error:  # dropped, reset, cut short, undecodable answers
            raise APIConnectionError(
                _no_answer(where, operation, f"no readable answer ({type(error).__name__})"),
                request=request,
                outcome_unknown=not operation.idempotent,
            ) from error
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s -> %s (attempt %d, %.1f ms)",
                operation.http,
                response.status_code,
                attempt,
                (time.perf_counter() - started) * 1000,
            )
        if not response.is_success:
            raise status_error(
                response,
                where=where,
                outcome_unknown=not operation.idempotent,
                now=time.time(),
            )
        try:
            payload = json.loads(response.content)
        except ValueError:
            # The body is not quoted: a success may carry secrets (an account's API key).
            raise APIResponseValidationError(
                f"{where}: ClickSend answered "
                f"{response.status_code} with a body that is not JSON "
                f"({len(response.content)} bytes; see .body)",
                response=response,
                body=response.text,
            ) from None
        if not isinstance(payload, dict):
            raise APIResponseValidationError(
                f"{where}: ClickSend answered a JSON "
                f"{type(payload).__name__}, not the documented envelope",
                response=response,
                body=payload,
            )
        try:
            return operation.parse(payload)
        except KeyError as error:
            raise APIResponseValidationError(
                f"{where}: ClickSend's answer lacks the required field {error.args[0]!r}",
                response=response,
                body=payload,
            ) from None
        except (TypeError, ValueError, AttributeError) as error:
            raise APIResponseValidationError(
                f"{where}: ClickSend's answer is not the "
                f"documented shape ({type(error).__name__}: {error})",
                response=response,
                body=payload,
            ) from None


_HEADERS = {"User-Agent": f"clicksend-async/{__version__}"}


def _no_answer(where: str, operation: Operation[Any], what: str) -> str:
    message = f"{where}: {what}"
    if not operation.idempotent:
        message += "; " + UNKNOWN_OUTCOME
    return message


_backoff = wait_random_exponential(multiplier=RETRY_BACKOFF_INITIAL, max=RETRY_BACKOFF_MAX)


def _failure(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome is not None else None


def _should_retry(state: RetryCallState) -> bool:
    return _retryable(_failure(state))


def _retryable(error: BaseException | None) -> bool:
    """429 always; connection failures and 5xx unless the call may have been done unsafely."""
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, APIConnectionError | InternalServerError):
        return not error.outcome_unknown
    return False


def _wait(state: RetryCallState) -> float:
    """Retry-After when ClickSend sent one (capped), else exponential backoff with jitter."""
    error = _failure(state)
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return min(error.retry_after, MAX_RETRY_AFTER)
    return float(_backoff(state))


def _log_retry(state: RetryCallState) -> None:
    if logger.isEnabledFor(logging.INFO):
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        logger.info(
            "retrying in %.2f s (attempt %d failed: %s)",
            wait,
            state.attempt_number,
            _failure(state),
        )
