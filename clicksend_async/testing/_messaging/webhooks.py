"""Webhook calls made for real: receipts and inbound messages POSTed to the user's URL.

ClickSend calls the URL of an automation rule (or the one given to a test-webhook call) with the
event's fields: a form POST by default (`application/x-www-form-urlencoded`, every value a
string, null as the empty string), a JSON POST for "json", the fields as query parameters of a
GET for "get" (added to those of the URL, such as its secret token). A call that fails (no
connection, or a status other than 2xx) is tried again after RETRY_DELAYS, then given up; every
attempt is kept in `Deliverer.attempts`.

Calls are made by one background thread, outside the embedded ClickSend's lock, in the order
the events happened. The same thread makes time pass for the messages of a running clock: it
calls `tick` every TICK_INTERVAL seconds, so a receipt reaches the URL a few seconds after the
send even when the tester makes no request.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

logger = logging.getLogger("clicksend_async.testing")

#: The formats a webhook may ask for.
WEBHOOK_FORMATS: Final = ("post", "json", "get")
Format = Literal["post", "json", "get"]
#: Seconds to wait before each new try of a failed call (so at most 1 + len tries).
RETRY_DELAYS: Final = (0.2, 0.5, 1.0)
#: Seconds each call may take.
CALL_TIMEOUT: Final = 5.0
#: How often the thread makes time pass while it runs.
TICK_INTERVAL: Final = 0.1


@dataclass(frozen=True, slots=True)
class Webhook:
    """Where one kind of event goes.

    Attributes:
        url: The http(s) URL called.
        format: "post" (a form), "json" or "get".
    """

    url: str
    format: Format = "post"


@dataclass(frozen=True, slots=True)
class WebhookAttempt:
    """One call made to a webhook.

    Attributes:
        kind: What was sent, e.g. "sms_receipts", "sms_inbound" or "sms_receipts_test".
        url: Where.
        attempt: 1 for the first try, then 2, 3...
        status: The HTTP status answered; None when no answer came.
        ok: Whether it counts as delivered (a 2xx answer).
    """

    kind: str
    url: str
    attempt: int
    status: int | None
    ok: bool


def _origin(url: str) -> str:
    """Scheme, host and port of a URL: what may be logged.

    The path, query or user info of a webhook URL often carry its secret token.
    """
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


def form_values(fields: Mapping[str, Any]) -> dict[str, str]:
    """The fields as a form sends them: every value a string, null as ""."""
    return {name: "" if value is None else str(value) for name, value in fields.items()}


class Deliverer:
    """The background thread that calls webhooks (started on first use).

    Args:
        tick: Called every TICK_INTERVAL seconds while the thread runs, to make time pass.
    """

    def __init__(self, tick: Callable[[], None]) -> None:
        self._tick = tick
        self._jobs: queue.Queue[tuple[str, Webhook, dict[str, Any]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition(self._lock)
        self.attempts: list[WebhookAttempt] = []

    def start(self) -> None:
        """Start the thread if it is not running."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="embedded-clicksend-webhooks", daemon=True
                )
                self._thread.start()

    def send(self, kind: str, webhook: Webhook, fields: dict[str, Any]) -> None:
        """Queue one call (made in order, by the thread)."""
        with self._lock:
            self._pending += 1
        self.start()
        self._jobs.put((kind, webhook, fields))

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every queued call is done (delivered or given up); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def close(self) -> None:
        """Stop the thread (calls still queued are dropped)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(None)
            thread.join(timeout=CALL_TIMEOUT * 2)

    def _run(self) -> None:
        import httpx

        with httpx.Client(timeout=CALL_TIMEOUT, follow_redirects=False) as client:
            while True:
                try:
                    job = self._jobs.get(timeout=TICK_INTERVAL)
                except queue.Empty:
                    self._safe_tick()
                    continue
                if job is None:
                    return
                try:
                    self._deliver(client, *job)
                finally:
                    with self._idle:
                        self._pending -= 1
                        self._idle.notify_all()

    def _safe_tick(self) -> None:
        try:
            self._tick()
        except Exception:
            logger.exception("embedded ClickSend failed to make time pass")

    def _deliver(self, client: Any, kind: str, webhook: Webhook, fields: dict[str, Any]) -> None:
        import httpx

        for attempt in range(1, len(RETRY_DELAYS) + 2):
            status: int | None = None
            try:
                if webhook.format == "json":
                    answer = client.post(webhook.url, json=fields)
                elif webhook.format == "get":
                    # Added to the URL's own query (its token), never in place of it.
                    url = httpx.URL(webhook.url).copy_merge_params(form_values(fields))
                    answer = client.get(url)
                else:
                    answer = client.post(webhook.url, data=form_values(fields))
                status = answer.status_code
            except httpx.HTTPError as error:
                logger.info(
                    "webhook %s to %s failed: %s", kind, _origin(webhook.url), type(error).__name__
                )
            ok = status is not None and 200 <= status < 300
            with self._lock:
                self.attempts.append(WebhookAttempt(kind, webhook.url, attempt, status, ok))
            if ok or attempt > len(RETRY_DELAYS):
                return
            time.sleep(RETRY_DELAYS[attempt - 1])
