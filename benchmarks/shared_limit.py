"""Four worker processes sharing one limit of 100 requests a second through Redis.

A real redis-server on loopback, the embedded ClickSend in a process of its own with the same
limit (`--rate-limit 100`: beyond it, 429), and 4 worker processes, each with its own client
and a `RedisRateLimiter` on one key, making 250 calls (10 at a time, no retries, so a 429 is
counted, not absorbed). Each worker logs when its requests leave (an httpx request hook, on the
machine's one monotonic clock). Figures: the share of the limit used over the run (the first
start to the last; the default margin of 0.1 s a second makes 91 % the most there is to have),
the most starts seen in any one second, and the 429s.

`python -m benchmarks.shared_limit worker ...` is one worker (what `run` starts).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import anyio
import httpx
import redis.asyncio

from clicksend_async import ClickSend, ClickSendError
from clicksend_async.redis import RedisRateLimiter
from clicksend_async.testing._redis import RedisServer

from ._report import Report
from ._server import server_process

LIMIT = 100
PROCESSES = 4
GOAL = 0.9
CONCURRENCY = 10


def _most_in_any_second(starts: list[float]) -> int:
    starts = sorted(starts)
    most, first = 0, 0
    for last, start in enumerate(starts):
        while start - starts[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


async def _worker(base_url: str, redis_url: str, username: str, api_key: str, calls: int) -> None:
    starts: list[float] = []
    errors: list[str] = []

    async def leaving(request: httpx.Request) -> None:
        starts.append(time.monotonic())

    async with (
        redis.asyncio.Redis.from_url(redis_url) as store,
        httpx.AsyncClient(event_hooks={"request": [leaving]}) as http,
    ):
        limiter = RedisRateLimiter(store, account=username, requests_per_second=LIMIT)
        async with ClickSend(
            username,
            api_key,
            base_url=base_url,
            max_retries=0,
            rate_limiter=limiter,
            http_client=http,
        ) as cs:
            await store.ping()
            print("ready", flush=True)
            await anyio.to_thread.run_sync(sys.stdin.readline)

            async def work(share: int) -> None:
                for _ in range(share):
                    try:
                        await cs.account.get()
                    except ClickSendError as error:
                        errors.append(type(error).__name__)

            async with anyio.create_task_group() as group:
                for i in range(CONCURRENCY):
                    group.start_soon(work, calls // CONCURRENCY + (i < calls % CONCURRENCY))
    print(json.dumps({"starts": starts, "errors": errors}), flush=True)


def _run_workers(
    base_url: str, redis_url: str, username: str, api_key: str, calls: int
) -> list[dict[str, Any]]:
    command = [sys.executable, "-m", "benchmarks.shared_limit", "worker", base_url, redis_url]
    command += [username, str(calls)]
    workers = [
        subprocess.Popen(  # noqa: S603 (our own module)
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(PROCESSES)
    ]
    try:
        for worker in workers:
            assert worker.stdin is not None
            assert worker.stdout is not None
            worker.stdin.write(api_key + "\n")
            worker.stdin.flush()
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError("a shared-limit worker did not start")
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        return [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """Utilisation of the shared limit by 4 processes; 429s; the busiest second."""
    calls = 50 if quick else 250
    with (
        RedisServer() as redis_url,
        server_process("--rate-limit", str(LIMIT)) as server,
    ):
        outcome = _run_workers(server.base_url, redis_url, server.username, server.api_key, calls)
    starts = sorted(t for worker in outcome for t in worker["starts"])
    errors = [e for worker in outcome for e in worker["errors"]]
    used = (len(starts) - 1) / ((starts[-1] - starts[0]) * LIMIT)
    busiest = _most_in_any_second(starts)
    bench = "shared limit"
    total = PROCESSES * calls
    report.add(
        bench,
        f"{PROCESSES} processes, {total} calls: share of {LIMIT}/s used",
        used,
        "",
        f">= {GOAL}",
        used >= GOAL,
    )
    report.add(bench, "most starts in any second", busiest, "", f"<= {LIMIT}", busiest <= LIMIT)
    report.add(bench, "errors (429s and others)", len(errors), "", "0", not errors)
    report.figures[bench]["raw"] = {
        "seconds": starts[-1] - starts[0],
        "starts": len(starts),
        "errors": errors,
    }


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    base_url, redis_url, username, calls = sys.argv[2:]
    key = sys.stdin.readline().strip()  # the API key on stdin, not on the command line
    anyio.run(_worker, base_url, redis_url, username, key, int(calls))
