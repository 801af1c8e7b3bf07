"""One rate limit for many workers: `RedisRateLimiter`, against a real redis-server on loopback.

redis-py's asyncio client runs on asyncio only; under trio the limiter takes the synchronous
client and runs its calls in a worker thread. The tests use each where it is claimed to work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import pytest
import redis
import redis.asyncio

from clicksend_async import ClickSend
from clicksend_async.redis import (
    DEFAULT_KEY,
    DEFAULT_MARGIN,
    RedisRateLimiter,
    RedisRateLimiterError,
)
from clicksend_async.testing import EmbeddedClickSend
from clicksend_async.testing._redis import RedisServer

from .scripted import API_KEY, USERNAME
from .test_ratelimit import TICK, most_in_any_second

pytestmark = [pytest.mark.anyio, pytest.mark.redis]

ROOT = Path(__file__).resolve().parent.parent


@asynccontextmanager
async def store(url: str, backend: str) -> AsyncIterator[redis.asyncio.Redis | redis.Redis]:
    """The redis-py client each backend is served with: asyncio's own, or the sync one."""
    if backend == "asyncio":
        async with redis.asyncio.Redis.from_url(url) as client:
            yield client
    else:
        client = redis.Redis.from_url(url)
        try:
            yield client
        finally:
            client.close()


async def test_clients_sharing_a_key_share_one_limit(
    redis_server: RedisServer, embedded: EmbeddedClickSend, anyio_backend: str
) -> None:
    rate, calls = 40, 60
    async with store(redis_server.url, anyio_backend) as client:
        # Two clients, as two workers would have: each its own limiter, one key between them.
        workers = [
            embedded.client(
                rate_limiter=RedisRateLimiter(client, account=USERNAME, requests_per_second=rate)
            )
            for _ in range(2)
        ]
        began = anyio.current_time()
        async with workers[0], workers[1], anyio.create_task_group() as group:
            for i in range(calls):
                group.start_soon(workers[i % 2].account.get)
        took = anyio.current_time() - began
    starts = embedded.request_starts("account_get")
    assert len(starts) == calls
    assert most_in_any_second(starts) <= rate, sorted(starts)
    interval = (1 + DEFAULT_MARGIN) / rate
    assert took >= (calls - 1) * interval - TICK
    assert took < (calls - 1) * interval + 1.0, f"the limit is used, not wasted: {took:.2f} s"


def test_the_two_ways_to_limit_cannot_be_combined() -> None:
    store = redis.Redis()
    limiter = RedisRateLimiter(store, account="me", requests_per_second=5)
    with pytest.raises(TypeError, match="not both: drop requests_per_second"):
        ClickSend("me", "key", requests_per_second=5, rate_limiter=limiter)
    with pytest.raises(TypeError, match=r"rate_limiter must have an async acquire\(\)"):
        ClickSend("me", "key", rate_limiter=object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"counts the requests of account 'me'.*logs in as 'you'"):
        ClickSend("you", "key", rate_limiter=limiter)
    store.close()


def test_without_redis_py_the_package_imports_and_the_module_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "sys.modules['redis'] = None  # as if redis-py were not installed\n"
        "import clicksend_async\n"
        "try:\n"
        "    import clicksend_async.redis\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    ran = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "pip install 'clicksend-async[redis]'" in ran.stdout


def test_the_key_holds_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    store = redis.Redis()
    assert RedisRateLimiter(store, account="ann", requests_per_second=1).key == (
        f"{DEFAULT_KEY}:ann"
    )
    assert RedisRateLimiter(store, account="ann", key="jobs", requests_per_second=1).key == (
        "jobs:ann"
    )
    monkeypatch.setenv("CLICKSEND_USERNAME", "from-env")
    assert RedisRateLimiter(store, requests_per_second=1).account == "from-env"
    monkeypatch.delenv("CLICKSEND_USERNAME")
    with pytest.raises(ValueError, match="needs the account whose budget it counts"):
        RedisRateLimiter(store, requests_per_second=1)
    store.close()


def test_bad_arguments_say_what_to_fix() -> None:
    store = redis.Redis()
    for bad in (0, -1, float("nan"), True):
        with pytest.raises(ValueError, match="requests_per_second must be a number above 0"):
            RedisRateLimiter(store, account="a", requests_per_second=bad)
    for margin in (-0.1, 1, float("nan"), "0.1"):
        with pytest.raises(ValueError, match=r"margin must be a number of seconds in \[0, 1\)"):
            RedisRateLimiter(store, account="a", requests_per_second=1, margin=margin)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="key must be a non-empty string"):
        RedisRateLimiter(store, account="a", requests_per_second=1, key="")
    with pytest.raises(TypeError, match="redis_client must be a redis-py client"):
        RedisRateLimiter("redis://localhost", account="a", requests_per_second=1)
    assert repr(RedisRateLimiter(store, account="a", requests_per_second=2.5, margin=0.1)) == (
        "RedisRateLimiter(key='clicksend-async:rate:a', requests_per_second=2.5, margin=0.1)"
    )
    store.close()


async def test_two_accounts_do_not_share_a_budget(
    redis_server: RedisServer, anyio_backend: str
) -> None:
    async with store(redis_server.url, anyio_backend) as client:
        ann = RedisRateLimiter(client, account="ann", requests_per_second=1)
        bob = RedisRateLimiter(client, account="bob", requests_per_second=1)
        began = anyio.current_time()
        await ann.acquire()
        await bob.acquire()
        assert anyio.current_time() - began < 0.5, "bob's first turn is not after ann's"
        await ann.acquire()
        assert anyio.current_time() - began >= 1 + DEFAULT_MARGIN - TICK, "ann's second turn is"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_fractional_rate_holds_on_average(redis_server: RedisServer) -> None:
    async with redis.asyncio.Redis.from_url(redis_server.url) as client:
        limiter = RedisRateLimiter(client, account="a", requests_per_second=1.5, margin=0)
        began = anyio.current_time()
        for _ in range(4):
            await limiter.acquire()
        took = anyio.current_time() - began
    # 3 gaps of 1/1.5 s = 2 s; rounding the rate down to 1 a second would take 3 s.
    assert 2.0 - TICK <= took < 2.5


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sync_client_serves_asyncio_too(redis_server: RedisServer) -> None:
    client = redis.Redis.from_url(redis_server.url)
    limiter = RedisRateLimiter(client, account="a", requests_per_second=20)
    began = anyio.current_time()
    for _ in range(3):
        await limiter.acquire()
    assert anyio.current_time() - began >= 2 * (1 + DEFAULT_MARGIN) / 20 - TICK
    client.close()


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_asyncio_client_under_trio_says_what_to_use(redis_server: RedisServer) -> None:
    client = redis.asyncio.Redis.from_url(redis_server.url)
    limiter = RedisRateLimiter(client, account="a", requests_per_second=20)
    with pytest.raises(RuntimeError, match=r"asyncio only: under trio, give it a redis\.Redis"):
        await limiter.acquire()


async def test_redis_down_fails_every_call_then_recovers(
    redis_server: RedisServer, embedded: EmbeddedClickSend, anyio_backend: str
) -> None:
    async with store(redis_server.url, anyio_backend) as client:
        limiter = RedisRateLimiter(client, account=USERNAME, requests_per_second=100)
        async with embedded.client(rate_limiter=limiter) as cs:
            for _ in range(5):
                await cs.account.get()
            redis_server.stop()
            for _ in range(3):
                with pytest.raises(RedisRateLimiterError, match="nothing was sent") as failed:
                    await cs.account.get()
            assert f"account {USERNAME!r}" in str(failed.value)
            assert "Connection" in str(failed.value)
            assert len(embedded.requests) == 5, "never unthrottled"
            redis_server.start()
            for _ in range(5):
                await cs.account.get()
    assert len(embedded.requests) == 10


async def test_a_redis_error_never_shows_the_password(anyio_backend: str) -> None:
    with RedisServer(password="the-right-one") as url:
        wrong = url.replace("redis://", "redis://:pa55-w0rd-x@")
        async with store(wrong, anyio_backend) as client:
            limiter = RedisRateLimiter(client, account="a", requests_per_second=5)
            assert "pa55-w0rd-x" not in repr(limiter)
            with pytest.raises(RedisRateLimiterError, match="AuthenticationError") as refused:
                await limiter.acquire()
        right = url.replace("redis://", "redis://:the-right-one@")
        async with store(right, anyio_backend) as client:
            limiter = RedisRateLimiter(client, account="a", requests_per_second=5)
            await limiter.acquire()
    assert "pa55-w0rd-x" not in str(refused.value)
    assert "pa55-w0rd-x" not in repr(refused.value)


def read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


# The one long test of the suite: 800 requests at 50 a second take 16 s by design.
@pytest.mark.slow
@pytest.mark.server
def test_four_processes_never_exceed_the_limit_together(
    redis_server: RedisServer, embedded: EmbeddedClickSend
) -> None:
    rate, processes, each = 50, 4, 200
    embedded.rate_limit = rate  # and the server itself refuses (429) what goes over
    with embedded.serve_in_thread() as base_url:
        command = [
            sys.executable,
            "-m",
            "tests.redis_worker",
            base_url,
            redis_server.url,
            USERNAME,
            str(rate),
            str(each),
        ]
        env = {**os.environ, "CLICKSEND_API_KEY": API_KEY, "PYTHONUNBUFFERED": "1"}
        workers = [
            subprocess.Popen(  # noqa: S603 (our own worker module)
                command,
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(processes)
        ]
        try:
            for worker in workers:
                assert read_line(worker) == "ready"
            began = time.monotonic()
            for worker in workers:
                assert worker.stdin is not None
                worker.stdin.write("go\n")
                worker.stdin.flush()
            # Each worker's last line, once its calls are done (its exit is not timed).
            summaries = [json.loads(read_line(worker)) for worker in workers]
            took = time.monotonic() - began
            for worker in workers:
                worker.communicate(timeout=60)
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                    worker.wait()
    starts = embedded.request_starts("account_get")
    total = processes * each
    assert [s["errors"] for s in summaries] == [[]] * processes
    assert sum(s["ok"] for s in summaries) == len(starts) == total
    assert embedded.rate_limited == 0
    assert most_in_any_second(starts) <= rate
    ideal = total / rate  # 16 s
    assert max(starts) - min(starts) <= took <= 1.2 * ideal
