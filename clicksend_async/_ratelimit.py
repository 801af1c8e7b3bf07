"""A client-side rate limit: at most N requests start in any one-second window.

Two rules, both over the moments requests are actually let go:

- pacing: starts follow a schedule 1/N second apart (a leaky bucket with no burst), so a
  steady stream runs at N a second, evenly spread;
- the window: with K = N rounded up, a request never starts less than K/N seconds after the
  start K places before it, so no window of one second ever holds more than N starts (for a
  whole N; a fractional N is held over K/N seconds), even when a busy event loop wakes a
  waiting task late and the next one on time.

The schedule does not drift with late wake-ups (a start up to half an interval late does not
delay the next slot); after a longer stall it resumes from the late start instead of catching
up in a burst. Tasks queue for their turn, first come first served.

`RateLimiterProtocol` is what `ClickSend(rate_limiter=...)` takes: any object with an async
`acquire()`, such as the limiter shared by many processes through Redis
(`clicksend_async.redis.RedisRateLimiter`).
"""

from __future__ import annotations

import math
from collections import deque
from typing import Protocol, runtime_checkable

import anyio

__all__ = ["RateLimiter", "RateLimiterProtocol"]


@runtime_checkable
class RateLimiterProtocol(Protocol):
    """What `ClickSend(rate_limiter=...)` takes: an object that paces request starts.

    The client awaits `acquire()` before each attempt it sends (retries included), and sends
    as soon as it returns. An exception from it fails the call, and nothing is sent.
    """

    async def acquire(self) -> None:
        """Return when this request may start; raise if that cannot be decided."""


def checked_rate(requests_per_second: float) -> float:
    """`requests_per_second` as a float, once it is known to be a finite number above 0."""
    if (
        isinstance(requests_per_second, bool)
        or not isinstance(requests_per_second, int | float)
        or not math.isfinite(requests_per_second)
        or requests_per_second <= 0
    ):
        raise ValueError(
            f"requests_per_second must be a number above 0, got {requests_per_second!r}"
        )
    return float(requests_per_second)


class RateLimiter:
    """Lets requests start at most `requests_per_second` in any second, evenly spread.

    Args:
        requests_per_second: The most requests that may start in any one second (> 0).
    """

    __slots__ = ("_interval", "_lock", "_next", "_span", "_starts", "rate")

    def __init__(self, requests_per_second: float) -> None:
        self.rate = checked_rate(requests_per_second)
        self._interval = 1.0 / self.rate
        self._next = -math.inf
        # The last K starts, K = the rate rounded up: K may start in any K/rate seconds.
        self._starts: deque[float] = deque(maxlen=math.ceil(self.rate))
        self._span = math.ceil(self.rate) / self.rate
        self._lock = anyio.Lock()

    async def acquire(self) -> None:
        """Wait for this request's turn."""
        async with self._lock:
            now = anyio.current_time()
            slot = max(now, self._next)
            if len(self._starts) == self._starts.maxlen:
                slot = max(slot, self._starts[0] + self._span)
            if slot > now:
                await anyio.sleep(slot - now)
            start = anyio.current_time()
            self._starts.append(start)
            self._next = max(slot + self._interval, start + self._interval / 2)

    def __repr__(self) -> str:
        return f"RateLimiter(requests_per_second={self.rate:g})"
