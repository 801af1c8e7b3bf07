"""One worker process of the shared rate limit's test: `python -m tests.redis_worker ...`.

    python -m tests.redis_worker BASE_URL REDIS_URL USERNAME RATE REQUESTS

Reads its API key from CLICKSEND_API_KEY, connects, prints "ready", waits for a line on stdin,
then makes REQUESTS calls (10 at a time, no retries: a 429 counts as an error) paced by a
`RedisRateLimiter`, and prints a JSON line {"ok": N, "errors": [...]}.
"""

from __future__ import annotations

import json
import os
import sys

import anyio
import redis.asyncio

from clicksend_async import ClickSend, ClickSendError
from clicksend_async.redis import RedisRateLimiter

CONCURRENCY = 10


async def main(base_url: str, redis_url: str, username: str, rate: float, requests: int) -> None:
    ok = 0
    errors: list[str] = []
    async with redis.asyncio.Redis.from_url(redis_url) as store:
        limiter = RedisRateLimiter(store, account=username, requests_per_second=rate)
        async with ClickSend(
            username,
            os.environ["CLICKSEND_API_KEY"],
            base_url=base_url,
            max_retries=0,
            rate_limiter=limiter,
        ) as cs:
            await store.ping()
            print("ready", flush=True)
            await anyio.to_thread.run_sync(sys.stdin.readline)

            async def work(share: int) -> None:
                nonlocal ok
                for _ in range(share):
                    try:
                        await cs.account.get()
                        ok += 1
                    except ClickSendError as error:
                        errors.append(f"{type(error).__name__}: {error}")

            async with anyio.create_task_group() as group:
                for i in range(CONCURRENCY):
                    group.start_soon(work, requests // CONCURRENCY + (i < requests % CONCURRENCY))
    print(json.dumps({"ok": ok, "errors": errors}), flush=True)


if __name__ == "__main__":
    base_url, redis_url, username, rate, requests = sys.argv[1:]
    anyio.run(main, base_url, redis_url, username, float(rate), int(requests))
