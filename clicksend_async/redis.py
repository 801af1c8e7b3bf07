"""One rate limit for many workers: a limiter shared through Redis (`clicksend-async[redis]`).

    import redis.asyncio as redis
    from clicksend_async import ClickSend
    from clicksend_async.redis import RedisRateLimiter

    async with redis.Redis.from_url("redis://localhost:6379") as store:
        limiter = RedisRateLimiter(store, account="me", requests_per_second=50)
        async with ClickSend("me", api_key, rate_limiter=limiter) as cs:
            ...

Every process that runs this shares one budget: together they start at most 50 requests in
any one second.

How (Redis 5 or newer, whose scripts may write after reading the server's clock; the
`redis-server` of any current distribution is): each request runs one Lua script on the Redis
server, atomically, whatever the number of processes: GCRA (the generic cell rate algorithm)
with no burst. The account's key holds the
next free slot; the script takes it (or now, if it is past), moves it one interval on, and
answers how long to wait for the slot taken, on Redis's own clock. The turn is decided then and
there; the process sleeps until its slot and sends. Slots are `(1 + margin) / rate` seconds
apart: a fractional rate holds on average, and a request may reach ClickSend up to `margin`
seconds later than the one `rate` places before it (a late wake-up, a slow hop) without two of
them landing in one second over the limit. The default margin, 0.1 s, uses 91 % of the limit:
enough for the scheduling delays of a busy machine; a smaller one uses more of it.

The account: a limiter counts one ClickSend account, whose username is part of the Redis key
(`{key}:{account}`), so two accounts never share a budget unless told to. `account` defaults
to `CLICKSEND_USERNAME`, as `ClickSend`'s username does, and a `ClickSend` refuses a limiter
that counts another account than the one it logs in as.

When Redis cannot be asked (down, unreachable, a wrong password), `acquire()` raises
`RedisRateLimiterError`, a `ClickSendError`: the call fails and nothing is sent, never
unthrottled. It is not retried by the client (the next call asks Redis again, and goes through
as soon as Redis is back: redis-py reconnects by itself). Bound the wait for a Redis that hangs
with the client's `socket_timeout` / `socket_connect_timeout` (5 s each in redis-py's defaults).

asyncio and trio: redis-py's asyncio client (`redis.asyncio.Redis`) runs on asyncio only. Under
trio, give a synchronous `redis.Redis` instead: each script then runs in a worker thread
(`anyio.to_thread`), which works under both. An asyncio client used under trio raises a
`RuntimeError` that says so.
"""

from __future__ import annotations

import asyncio
import os

import anyio
import anyio.to_thread

from ._exceptions import ClickSendError
from ._ratelimit import checked_rate

try:
    import redis
    import redis.asyncio
    from redis.commands.core import AsyncScript, Script
except ImportError as error:
    raise ImportError(
        "clicksend_async.redis needs redis-py: pip install 'clicksend-async[redis]'"
    ) from error


__all__ = [
    "DEFAULT_KEY",
    "DEFAULT_MARGIN",
    "RedisClient",
    "RedisRateLimiter",
    "RedisRateLimiterError",
]

#: The Redis key's prefix; the account's username follows it: "clicksend-async:rate:me".
DEFAULT_KEY = "clicksend-async:rate"
#: Seconds of slack per second of budget, for the time between a grant and ClickSend seeing
#: the request: the rate used is `requests_per_second / (1 + margin)`.
DEFAULT_MARGIN = 0.1

# GCRA with no burst. KEYS[1]: the account's key, holding the next free slot (microseconds on
# Redis's clock). ARGV[1]: microseconds between slots. Answers the microseconds to wait from
# now for the slot taken. The slot is stored with %.0f: Lua's own number-to-string conversion
# keeps 14 digits, and a time in microseconds has 16. The key expires a second after its slot.
_GCRA = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local stored = redis.call('GET', KEYS[1])
local slot = now
if stored then
    slot = math.max(now, tonumber(stored))
end
local after = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', after),
           'PX', math.ceil((after - now) / 1000) + 1000)
return slot - now
"""

#: The redis-py clients it takes: asyncio's (on asyncio) and the synchronous one (anywhere).
RedisClient = redis.asyncio.Redis | redis.Redis


class RedisRateLimiterError(ClickSendError):
    """The shared rate limit could not be checked (Redis down, say): nothing was sent."""


class RedisRateLimiter:
    """A rate limit shared by every process that uses the same Redis and account.

    Pass it as `ClickSend(rate_limiter=...)`. Each request costs one atomic script on Redis.

    Args:
        redis_client: A `redis.asyncio.Redis` (asyncio), or a `redis.Redis` for trio or
            asyncio (its calls run in a worker thread).
        requests_per_second: The most requests that all the processes together may start in
            any one second (> 0; a fractional rate holds on average).
        account: The ClickSend username whose budget this is; default `CLICKSEND_USERNAME`.
        key: The Redis key's prefix; the key is `{key}:{account}`.
        margin: Seconds of slack per second of budget for the delay between a grant and the
            request reaching ClickSend (0 <= margin < 1); the rate used is
            `requests_per_second / (1 + margin)`.

    Attributes:
        account: The ClickSend username counted.
        key: The Redis key that holds the account's next free slot.
        rate: `requests_per_second`.

    Raises:
        ValueError: A rate or margin out of range, or no account given nor in the environment.
        TypeError: `redis_client` is not a redis-py client.
    """

    __slots__ = (
        "_interval_us",
        "_password",
        "_script",
        "account",
        "key",
        "margin",
        "rate",
    )

    def __init__(
        self,
        redis_client: RedisClient,
        *,
        requests_per_second: float,
        account: str | None = None,
        key: str = DEFAULT_KEY,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        self.rate = checked_rate(requests_per_second)
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin < 1:
            raise ValueError(f"margin must be a number of seconds in [0, 1), got {margin!r}")
        account = account if account is not None else os.environ.get("CLICKSEND_USERNAME")
        if not account:
            raise ValueError(
                "RedisRateLimiter needs the account whose budget it counts: pass "
                "account='<ClickSend username>' (or set CLICKSEND_USERNAME)"
            )
        if not isinstance(key, str) or not key:
            raise ValueError(f"key must be a non-empty string, got {key!r}")
        if not isinstance(redis_client, redis.asyncio.Redis | redis.Redis):
            raise TypeError(
                "redis_client must be a redis-py client: redis.asyncio.Redis (asyncio) or "
                f"redis.Redis (trio or asyncio), got {type(redis_client).__name__}"
            )
        self.account = account
        self.key = f"{key}:{account}"
        self.margin = float(margin)
        self._interval_us = max(1, round(1e6 * (1 + self.margin) / self.rate))
        pool = getattr(redis_client, "connection_pool", None)
        password = getattr(pool, "connection_kwargs", {}).get("password")
        self._password = password if isinstance(password, str) and password else None
        self._script: AsyncScript | Script = redis_client.register_script(_GCRA)

    async def acquire(self) -> None:
        """Take the account's next slot on Redis, then wait for it.

        Raises:
            RedisRateLimiterError: Redis could not be asked or refused the script.
            RuntimeError: An asyncio Redis client used outside asyncio (under trio).
        """
        try:
            if isinstance(self._script, AsyncScript):
                _require_asyncio()
                wait = int(await self._script(keys=[self.key], args=[self._interval_us]))
            else:
                # The synchronous client: its blocking call runs in a worker thread.
                wait = await anyio.to_thread.run_sync(self._take_slot, self._script)
        except redis.RedisError as error:
            raise RedisRateLimiterError(self._failure(error)) from None
        if wait > 0:
            await anyio.sleep(wait / 1e6)

    def _take_slot(self, script: Script) -> int:
        return int(script(keys=[self.key], args=[self._interval_us]))

    def _failure(self, error: redis.RedisError) -> str:
        detail = str(error) or "no detail"
        if self._password is not None:
            detail = detail.replace(self._password, "***")
        return (
            f"the shared rate limit of account {self.account!r} could not be checked on Redis "
            f"({type(error).__name__}: {detail}); nothing was sent. Calls go through again as "
            "soon as Redis answers"
        )

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter(key={self.key!r}, requests_per_second={self.rate:g}, "
            f"margin={self.margin:g})"
        )


def _require_asyncio() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        raise RuntimeError(
            "RedisRateLimiter was given redis-py's asyncio client (redis.asyncio.Redis), which "
            "runs on asyncio only: under trio, give it a redis.Redis client instead (its calls "
            "run in a worker thread)"
        ) from None
