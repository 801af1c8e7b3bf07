"""A client-side rate limit: at most N requests start in any one-second window.

Starts are spread evenly, 1/N second apart (a leaky bucket with no burst), so no window of one
second ever holds more than N of them, however many tasks share the client. A slot is taken
without awaiting in between reading and writing the schedule, so tasks need no lock: the event
loop runs one of them at a time.
"""

from __future__ import annotations

import math

import anyio

__all__ = ["RateLimiter"]


class RateLimiter:
    """Spaces request starts `1 / requests_per_second` apart.

    Args:
        requests_per_second: The most requests that may start in any one second (> 0).
    """

    __slots__ = ("_interval", "_next", "rate")

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
        self._next = -math.inf

    async def acquire(self) -> None:
        """Wait for this request's slot."""
        now = anyio.current_time()
        slot = max(now, self._next)
        self._next = slot + self._interval
        if slot > now:
            await anyio.sleep(slot - now)

    def __repr__(self) -> str:
        return f"RateLimiter(requests_per_second={self.rate:g})"
