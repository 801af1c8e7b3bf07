"""A client-side rate limit: at most N requests start in any one-second window.

Starts are spread evenly, at least 1/N second apart (a leaky bucket with no burst), so no
window of one second ever holds more than N of them, however many tasks share the client.
Tasks queue for their turn (first come, first served); each measures its gap from the moment
the previous request was actually let go, not from when it was due, so a late wake-up on a
busy event loop cannot bunch two starts together.
"""

from __future__ import annotations

import math

import anyio

__all__ = ["RateLimiter"]


class RateLimiter:
    """Lets requests start `1 / requests_per_second` apart.

    Args:
        requests_per_second: The most requests that may start in any one second (> 0).
    """

    __slots__ = ("_interval", "_last", "_lock", "rate")

    def __init__(self, requests_per_second: float) -> None:
        if (
            isinstance(requests_per_second, bool)
            or not isinstance(requests_per_second, int | float)
            or not math.isfinite(requests_per_second)
            or requests_per_second <= 0
        ):
            raise ValueError(
                f"requests_per_second must be a number above 0, got {requests_per_second!r}"
            )
        self.rate = float(requests_per_second)
        self._interval = 1.0 / self.rate
        self._last = -math.inf
        self._lock = anyio.Lock()

    async def acquire(self) -> None:
        """Wait for this request's turn."""
        async with self._lock:
            wait = self._last + self._interval - anyio.current_time()
            if wait > 0:
                await anyio.sleep(wait)
            self._last = anyio.current_time()

    def __repr__(self) -> str:
        return f"RateLimiter(requests_per_second={self.rate:g})"
