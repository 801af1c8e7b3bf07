"""The shared rate limit as a user's code sees it under mypy --strict (never run)."""

from __future__ import annotations

from typing import assert_type

import redis
import redis.asyncio

from clicksend_async import ClickSend, RateLimiterProtocol
from clicksend_async.redis import RedisRateLimiter, RedisRateLimiterError


class Custom:
    async def acquire(self) -> None:
        return None


async def shared_limit(store: redis.asyncio.Redis, sync_store: redis.Redis) -> None:
    limiter = RedisRateLimiter(store, account="me", requests_per_second=50)
    assert_type(limiter.key, str)
    protocol: RateLimiterProtocol = limiter
    try:
        async with ClickSend("me", "key", rate_limiter=protocol) as cs:
            await cs.account.get()
    except RedisRateLimiterError as error:
        print(error)
    ClickSend(rate_limiter=RedisRateLimiter(sync_store, account="me", requests_per_second=5))
    ClickSend(rate_limiter=Custom())


# Each line below must be a type error; `warn_unused_ignores` (strict) fails if one is not.
def mistakes() -> None:
    ClickSend(rate_limiter=object())  # type: ignore[arg-type]
    RedisRateLimiter("redis://localhost", account="me", requests_per_second=5)  # type: ignore[arg-type]
    RedisRateLimiter(redis.Redis(), account="me")  # type: ignore[call-arg]
