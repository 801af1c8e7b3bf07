"""`EmbeddedClickSend`: the stateful in-memory ClickSend and its dispatcher."""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import math
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._controls import AccountData, MessagingControls
from ._data import (
    DEFAULT_API_KEY,
    DEFAULT_BALANCE,
    DEFAULT_COUNTRY,
    DEFAULT_USERNAME,
    TEST_API_KEY,
)
from ._faults import (
    BEFORE,
    DEFAULT_RANDOM_FAULTS,
    FAULT_KINDS,
    HTML_502,
    Dropped,
    NoAnswer,
    Truncated,
    extended,
    incomplete,
)
from ._handlers import HANDLERS, Bare, Call
from ._listing import ListingCache
from ._messaging.engine import Engine
from ._messaging.webhooks import Deliverer
from ._protocol import (
    JSON_CONTENT_TYPE,
    MESSAGES,
    ApiError,
    encode,
    envelope,
    error_body,
)
from ._routes import Route, RouteTable
from ._spelling import SPELLINGS, respell
from ._store import Account, ImportJob, Notification, Store

if TYPE_CHECKING:
    import httpx

    from .._client import ClickSend
    from ._server import ServerThread

__all__ = ["API_PREFIX", "IN_PROCESS_BASE_URL", "EmbeddedClickSend", "RequestRecord"]

logger = logging.getLogger("clicksend_async.testing")

#: The path of the API under the server's root, as in https://rest.clicksend.com/v3.
API_PREFIX = "/v3"
#: The base URL the in-process transport answers for (any host works; this one reads well).
IN_PROCESS_BASE_URL = "http://127.0.0.1/v3"

# Calls an account that is not active yet may make: the ones that activate it.
_ACTIVATION = frozenset(("account_verify_send", "account_verify"))
_JSON_HEADERS = {"content-type": JSON_CONTENT_TYPE}


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the embedded ClickSend routed to an operation.

    Attributes:
        operation: The operationId.
        username: The username of its Authorization header, if any (checked or not).
        started: When it was handled, in `time.monotonic()` seconds.
        status: The HTTP status answered; None when no answer was sent (a dropped connection,
            a hang).
        fault: The injected fault, if any.
    """

    operation: str
    username: str | None
    started: float
    status: int | None
    fault: str | None = None


def _claimed_username(header: str | None) -> str | None:
    """The username of a Basic Authorization header, unchecked; None if there is none."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, colon, _ = decoded.partition(":")
    return username if colon else None


def _secret(header: str) -> str:
    return base64.b64decode(header.partition(" ")[2].strip()).decode("utf-8").partition(":")[2]


class EmbeddedClickSend(MessagingControls, AccountData):
    """A stateful, in-memory ClickSend REST API v3: every operation of openapi.yaml.

        embedded = EmbeddedClickSend()
        async with embedded.client() as cs:             # in-process: no sockets
            lst = await cs.lists.create(list_name="Customers")

        with embedded.serve_in_thread() as base_url:    # a real server on 127.0.0.1
            ...

    What it does, where the ClickSend docs leave a choice (see also `_handlers` and `_listing`):

    - Every answer is the envelope `{http_code, response_code, response_msg, data}` with the
      docs' messages. An unknown path answers 404 NOT_FOUND; a known path with another method
      405 METHOD_NOT_ALLOWED with an `Allow` header; an id that is not a number, or that another
      account owns, 404 NOT_FOUND. The API lives under `/v3`; one trailing slash is ignored.
    - Auth is HTTP Basic with the username and either the API key or the account's password.
      No Authorization header: 401 MISSING_CREDENTIALS; a wrong one: 401 INVALID_CREDENTIALS.
      A banned account: 403 FORBIDDEN on every call; an account not yet active (`notactive`,
      or one just signed up): 403 ACCOUNT_NOT_ACTIVATED on every call but account-verify
      send/verify. `nocredit` has a balance of 0: every send answers 403 INSUFFICIENT_CREDIT,
      the other calls work. Calls that need no login (sign-up, forgot username/password,
      countries) ignore any credentials. Each account sees only its own data.
    - Bad input answers 400: MISSING_REQUIRED_FIELDS for an absent or empty required field
      (`data` maps each field to its messages), ALREADY_EXISTS for a taken username, list name
      or strip string, INVALID_RECIPIENT for a bad phone or fax number, BAD_REQUEST otherwise.
    - Contacts show `date_added` (and, when listed, `date_updated`) as strings of digits, Unix
      seconds; transactions show `date` as an integer. `updated_after` keeps contacts updated
      strictly after the given second.
    - Sending (SMS, MMS, voice, fax, post, email) is modelled: parts and prices, credit spent,
      per-message statuses, schedules and cancels, delivery on the clock (`advance`), receipts
      and inbound messages kept for polling or called to a webhook (`set_webhook`,
      `receive_sms`). See `_messaging` and each group's module of `_handlers`.
    - Plain CRUD operations (`x-crud` in openapi.yaml) share one generic store
      (`_handlers.crud`).
    - The rate limit admits at most `rate_limit` requests per account (per username claimed in
      the Authorization header, checked or not; requests without one share a bucket) in any
      sliding second. Refused requests are not carried out and answer 429 TOO_MANY_REQUESTS
      with `Retry-After` in whole seconds (at least 1); they do not count against the limit.

    Args:
        accounts: Username -> API key of the accounts to serve, each with a balance of
            DEFAULT_BALANCE in Australian dollars; None serves one account,
            DEFAULT_USERNAME / DEFAULT_API_KEY. The documented test accounts `nocredit`,
            `notactive` and `banned` (key TEST_API_KEY) are always there too.
        rate_limit: Requests per second admitted per account; None for no limit.
        latency: Seconds every request takes before it is handled.
        fault_rate: Chance (0 to 1) that a request meets a random fault from `faults`.
        faults: What random faults may be: kinds of FAULT_KINDS, or "drop" (drop_before or
            drop_after, half each).
        seed: Seeds the random faults and the codes, tokens and generated contacts, so a run
            can be repeated exactly.
        clock: The wall clock, in Unix seconds, for dates and deliveries; `advance` adds to it.
            With the default (real time) a receipt comes a few seconds after a send; with a
            fixed clock nothing moves until the test calls `advance`.
        spelling: How answers spell values: "docs" (as the docs show them: money as
            "4.998000", contact times as digit strings) or "typed" (as ClickSend's newer
            description types them: money as JSON numbers, whole numbers and Unix times as
            integers, flags as 0/1). Respelled in one place, along each operation's response
            model (`_spelling`).

    Attributes:
        rate_limit: As above; may be changed at any time, as may `latency`, `fault_rate`,
            `faults`, `clock` and `spelling`.
        request_counts: Requests per operationId, whatever their outcome.
        requests: Every routed request, in order (`RequestRecord`).
        rate_limited: How many 429s were answered (rate limit or injected).
        outbox: Notifications "sent": verification codes, username and password reminders.
        imports: List imports queued.

    Raises:
        ValueError: A knob out of range, or an account named like a test account.
    """

    def __init__(
        self,
        accounts: Mapping[str, str] | None = None,
        *,
        rate_limit: int | None = None,
        latency: float = 0.0,
        fault_rate: float = 0.0,
        faults: Iterable[str] = DEFAULT_RANDOM_FAULTS,
        seed: int = 0,
        clock: Callable[[], float] = time.time,
        spelling: str = "docs",
    ) -> None:
        self._lock = threading.RLock()
        self._store = Store(seed)
        self._fault_rng = random.Random(seed)  # noqa: S311 (seeded: runs repeat exactly)
        self._routes = RouteTable()
        self._cache = ListingCache()
        self._windows: dict[str, deque[float]] = {}
        self._scripted: list[list[Any]] = []
        self.rate_limit = rate_limit
        self.latency = latency
        self.fault_rate = fault_rate
        self.faults = tuple(faults)
        self.clock = clock
        self.spelling = spelling
        self._offset = 0.0
        self._deliverer = Deliverer(self._tick)
        self._engine = Engine(self._store, self._deliverer)
        self.request_counts: Counter[str] = Counter()
        self.requests: list[RequestRecord] = []
        self.rate_limited = 0
        self.outbox: list[Notification] = []
        self.imports: list[ImportJob] = []
        self._seed_rng = random.Random(seed)  # noqa: S311 (seeded: runs repeat exactly)
        configured = dict(accounts) if accounts is not None else {DEFAULT_USERNAME: DEFAULT_API_KEY}
        if not configured:
            raise ValueError("accounts must name at least one username: API key pair")
        for username, api_key in configured.items():
            self.add_account(username, api_key)
        self._default = next(iter(configured))
        self._store.add_account(
            "nocredit", TEST_API_KEY, balance=Decimal(0), country=DEFAULT_COUNTRY
        )
        full = Decimal(DEFAULT_BALANCE)
        store = self._store
        store.add_account("notactive", TEST_API_KEY, balance=full, country=DEFAULT_COUNTRY)
        store.add_account("banned", TEST_API_KEY, balance=full, country=DEFAULT_COUNTRY)
        store.accounts["notactive"].active = False
        store.accounts["banned"].banned = True

    # ---------------------------------------------------------------------------------- knobs

    @property
    def rate_limit(self) -> int | None:
        """Requests admitted per account in any one second; None for no limit."""
        return self._rate_limit

    @rate_limit.setter
    def rate_limit(self, value: int | None) -> None:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            raise ValueError(
                f"rate_limit must be a whole number of at least 1 or None, got {value!r}"
            )
        self._rate_limit = value

    @property
    def latency(self) -> float:
        """Seconds each request waits before it is handled."""
        return self._latency

    @latency.setter
    def latency(self, value: float) -> None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not 0 <= value < math.inf
        ):
            raise ValueError(f"latency must be a number of seconds, at least 0, got {value!r}")
        self._latency = float(value)

    @property
    def fault_rate(self) -> float:
        """Chance (0 to 1) that a request meets a random fault."""
        return self._fault_rate

    @fault_rate.setter
    def fault_rate(self, value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"fault_rate must be between 0 and 1, got {value!r}")
        self._fault_rate = float(value)

    @property
    def faults(self) -> tuple[str, ...]:
        """The kinds random faults are drawn from."""
        return self._faults

    @faults.setter
    def faults(self, value: Iterable[str]) -> None:
        kinds = tuple(value)
        unknown = [kind for kind in kinds if kind not in (*FAULT_KINDS, "drop")]
        if unknown or not kinds:
            raise ValueError(
                f"faults must be kinds of {', '.join((*FAULT_KINDS, 'drop'))}, got {kinds!r}"
            )
        self._faults = kinds

    @property
    def spelling(self) -> str:
        """How answers spell values: "docs" or "typed"."""
        return self._spelling

    @spelling.setter
    def spelling(self, value: str) -> None:
        if value not in SPELLINGS:
            raise ValueError(f"spelling must be one of {', '.join(SPELLINGS)}, got {value!r}")
        self._spelling = value

    @property
    def credentials(self) -> tuple[str, str]:
        """(username, API key) of the first configured account."""
        account = self._store.accounts[self._default]
        return account.username, account.api_key

    @property
    def usernames(self) -> list[str]:
        """Every account's username, the test accounts included."""
        with self._lock:
            return list(self._store.accounts)

    def __repr__(self) -> str:
        # Usernames only: never a key.
        return (
            f"<EmbeddedClickSend accounts={self.usernames!r} rate_limit={self.rate_limit!r} "
            f"latency={self.latency:g} fault_rate={self.fault_rate:g}>"
        )

    # ------------------------------------------------------------------------------- faults

    def inject(self, kind: str, *, times: int = 1, operation: str | None = None) -> None:
        """Script a fault: the next `times` requests (of `operation`, if given) meet it.

        Scripted faults come before random ones, first injected first served.

        Args:
            kind: One of FAULT_KINDS: "5xx", "html_502", "429", "drop_before", "drop_after",
                "malformed", "truncated", "incomplete" (applied, answered without the
                envelope's `data`), "extended" (applied, every JSON object of the answer has
                EXTRA_FIELD added), "timeout" (applied, never answered) or "hang" (not
                applied, never answered).
            times: How many requests meet it.
            operation: The operationId it is for, e.g. "contacts_create"; None for any.

        Raises:
            ValueError: An unknown kind or operationId, or `times` below 1.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAULT_KINDS)}, got {kind!r}")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be a whole number of at least 1, got {times!r}")
        if operation is not None and operation not in HANDLERS:
            raise ValueError(f"operation must be an operationId of openapi.yaml, got {operation!r}")
        with self._lock:
            self._scripted.append([kind, times, operation])

    def clear_faults(self) -> None:
        """Forget the scripted faults not met yet."""
        with self._lock:
            self._scripted.clear()

    def reset_counters(self) -> None:
        """Zero `request_counts`, `requests` and `rate_limited`."""
        with self._lock:
            self.request_counts.clear()
            self.requests.clear()
            self.rate_limited = 0

    def request_starts(self, operation: str | None = None) -> list[float]:
        """When each request (of `operation`, if given) was handled, in monotonic seconds."""
        with self._lock:
            return [r.started for r in self.requests if operation in (None, r.operation)]

    def _draw_fault(self, operation: str) -> str | None:
        for entry in self._scripted:
            if entry[2] in (None, operation):
                entry[1] -= 1
                if entry[1] == 0:
                    self._scripted.remove(entry)
                return str(entry[0])
        if self._fault_rate and self._fault_rng.random() < self._fault_rate:
            kind = self._fault_rng.choice(self._faults)
            if kind == "drop":
                kind = self._fault_rng.choice(("drop_before", "drop_after"))
            return kind
        return None

    # ---------------------------------------------------------------------------- dispatch

    def handle(
        self,
        method: str,
        path: str,
        query: str | Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        *,
        origin: str | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Serve one request. The core the transport and the server share; no I/O, no waiting.

        Args:
            method: The HTTP method.
            path: The URL path, percent-encoded as sent, e.g. "/v3/lists/42/contacts".
            query: The query string (without "?"), or its decoded pairs.
            headers: The request headers (any case).
            body: The request body.
            origin: Scheme, host and port, e.g. "http://127.0.0.1:8765", for the page URLs;
                default "http://" + the Host header.

        Returns:
            The status, the headers (lower-case names) and the body of the answer.

        Raises:
            Dropped: An injected dropped connection: the adapter drops it.
            NoAnswer: An injected timeout or hang: the adapter never answers.
            Truncated: An injected truncated answer: the adapter cuts it short.
        """
        lowered = {name.lower(): value for name, value in headers.items()}
        pairs = parse_qsl(query, keep_blank_values=True) if isinstance(query, str) else list(query)
        if not path.startswith(API_PREFIX + "/"):
            return _error(ApiError(404, "NOT_FOUND", MESSAGES["NOT_FOUND"]))
        api_path = path[len(API_PREFIX) :]
        found = self._routes.find(method.upper(), api_path)
        if found is None:
            return _error(ApiError(404, "NOT_FOUND", MESSAGES["NOT_FOUND"]))
        if isinstance(found, list):
            return _error(
                ApiError(
                    405,
                    "METHOD_NOT_ALLOWED",
                    MESSAGES["METHOD_NOT_ALLOWED"],
                    headers={"allow": ", ".join(found)},
                )
            )
        route, params = found
        host = origin or "http://" + lowered.get("host", "127.0.0.1")
        url = host + path.rstrip("/")
        username = _claimed_username(lowered.get("authorization"))
        with self._lock:
            started = time.monotonic()
            self.request_counts[route.name] += 1
            fault = self._draw_fault(route.name)
            status: int | None = None
            try:
                if fault in BEFORE:
                    answer = self._fault_answer(fault)
                else:
                    answer = self._serve(
                        route, params, pairs, lowered, body, url, username, started
                    )
                    answer = self._after(fault, answer)
                status = answer[0]
                return answer
            finally:
                self.requests.append(RequestRecord(route.name, username, started, status, fault))

    def _fault_answer(self, fault: str | None) -> tuple[int, dict[str, str], bytes]:
        if fault == "5xx":
            return _error(ApiError(500, "INTERNAL_SERVER_ERROR", MESSAGES["INTERNAL_SERVER_ERROR"]))
        if fault == "html_502":
            return 502, {"content-type": "text/html"}, HTML_502
        if fault == "429":
            self.rate_limited += 1
            return _error(_too_many(1))
        if fault == "drop_before":
            raise Dropped(applied=False)
        raise NoAnswer(applied=False)

    @staticmethod
    def _after(
        fault: str | None, answer: tuple[int, dict[str, str], bytes]
    ) -> tuple[int, dict[str, str], bytes]:
        if fault is None:
            return answer
        if fault == "drop_after":
            raise Dropped(applied=True)
        if fault == "timeout":
            raise NoAnswer(applied=True)
        status, headers, body = answer
        if fault == "truncated":
            raise Truncated(status, headers, body)
        if fault == "incomplete":
            return status, headers, incomplete(body)
        if fault == "extended":
            return status, headers, extended(body)
        return status, headers, body[: max(1, len(body) // 2)]  # "malformed"

    def _serve(
        self,
        route: Route,
        params: dict[str, str],
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
        url: str,
        username: str | None,
        now: float,
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            self._admit(username or "", now)
            account = self._authenticate(route, headers.get("authorization"))
            today = self.now()
            self._engine.tick(today)
            call = Call(
                operation=route.name,
                store=self._store,
                account=account,
                params=params,
                query=query,
                raw_body=body,
                url=url,
                now=today,
                outbox=self.outbox,
                imports=self.imports,
                cache=self._cache,
                engine=self._engine,
            )
            handler = HANDLERS.get(route.name)
            if handler is None:
                raise ApiError(
                    500,
                    "INTERNAL_ERROR",
                    f"The embedded ClickSend does not serve {route.name} yet.",
                )
            message, data = handler(call)
        except ApiError as error:
            if error.status == 429:
                self.rate_limited += 1
            return _error(error)
        except Exception:
            # A bug of the embedded server: answered as ClickSend would, logged for the tester.
            logger.exception("embedded ClickSend failed on %s %s", route.method, route.template)
            return _error(ApiError(500, "INTERNAL_ERROR", "Internal error."))
        bare = data if isinstance(data, Bare) else Bare(envelope(200, "SUCCESS", message, data))
        return 200, dict(_JSON_HEADERS), encode(respell(route.name, bare.payload, self._spelling))

    def _admit(self, key: str, now: float) -> None:
        limit = self._rate_limit
        if limit is None:
            return
        window = self._windows.setdefault(key, deque())
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= limit:
            raise _too_many(max(1, math.ceil(window[0] + 1.0 - now)))
        window.append(now)

    def _authenticate(self, route: Route, header: str | None) -> Account | None:
        if not route.requires_auth:
            return None
        if not header:
            raise ApiError(401, "MISSING_CREDENTIALS", MESSAGES["MISSING_CREDENTIALS"])
        username = _claimed_username(header)
        account = self._store.accounts.get(username) if username is not None else None
        if account is None:
            raise ApiError(401, "INVALID_CREDENTIALS", MESSAGES["INVALID_CREDENTIALS"])
        secret = _secret(header).encode()
        if not hmac.compare_digest(secret, account.api_key.encode()) and not (
            account.password is not None and hmac.compare_digest(secret, account.password.encode())
        ):
            raise ApiError(401, "INVALID_CREDENTIALS", MESSAGES["INVALID_CREDENTIALS"])
        if account.banned:
            raise ApiError(403, "FORBIDDEN", MESSAGES["BANNED"])
        if not account.active and route.name not in _ACTIVATION:
            raise ApiError(403, "ACCOUNT_NOT_ACTIVATED", MESSAGES["ACCOUNT_NOT_ACTIVATED"])
        return account

    # ----------------------------------------------------------------------------- adapters

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport that calls this ClickSend in-process (no sockets)."""
        from ._transport import EmbeddedTransport

        return EmbeddedTransport(self)

    def client(self, **kwargs: Any) -> ClickSend:
        """An SDK client wired to this ClickSend through `transport()`.

        Args:
            **kwargs: Passed to `ClickSend` (e.g. `max_retries`); the credentials default to
                the first configured account, `base_url` to IN_PROCESS_BASE_URL.
        """
        import httpx

        from .._client import ClickSend

        username, api_key = self.credentials
        kwargs.setdefault("username", username)
        kwargs.setdefault("api_key", api_key)
        kwargs.setdefault("base_url", IN_PROCESS_BASE_URL)
        kwargs.setdefault("http_client", httpx.AsyncClient(transport=self.transport()))
        return ClickSend(**kwargs)

    def serve_in_thread(self, *, port: int = 0, host: str = "127.0.0.1") -> ServerThread:
        """A real HTTP server for this ClickSend, in a background thread.

        Use it as `with embedded.serve_in_thread() as base_url:` (or `async with`, which waits
        for the start and the stop in a worker thread); `base_url` ends in "/v3". Needs the
        `testing` extra (uvicorn).

        Args:
            port: The port; 0 picks a free one.
            host: The address to bind; loopback by default.
        """
        from ._server import ServerThread

        return ServerThread(self, host=host, port=port)


def _too_many(retry_after: int) -> ApiError:
    return ApiError(
        429,
        "TOO_MANY_REQUESTS",
        MESSAGES["TOO_MANY_REQUESTS"],
        headers={"retry-after": str(retry_after)},
    )


def _error(error: ApiError) -> tuple[int, dict[str, str], bytes]:
    return error.status, {**_JSON_HEADERS, **error.headers}, error_body(error)
