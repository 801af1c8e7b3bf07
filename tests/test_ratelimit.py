"""The client-side rate limit: no more than N request starts in any one-second window."""

import time

import anyio
import httpx
import pytest

from clicksend_async import ClickSend
from clicksend_async._ratelimit import RateLimiter
from clicksend_async.testing import EmbeddedClickSend

from .scripted import API_KEY, USERNAME, answer, contact

pytestmark = pytest.mark.anyio

# anyio's clock may wake a sleeper up to a clock tick early; a window is counted a hair short.
TICK = 1e-3


def most_in_any_second(starts: list[float]) -> int:
    starts = sorted(starts)
    return max(
        sum(1 for t in starts[i:] if t < start + 1.0 - TICK) for i, start in enumerate(starts)
    )


async def test_no_more_than_n_requests_start_in_any_second_across_tasks() -> None:
    rate, calls = 40, 100
    starts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        starts.append(anyio.current_time())
        return answer(200, contact(1))

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with ClickSend(USERNAME, API_KEY, http_client=http, requests_per_second=rate) as cs:
        began = anyio.current_time()
        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(cs.contacts.get, 1, 1)
        took = anyio.current_time() - began
    await http.aclose()
    assert len(starts) == calls
    assert most_in_any_second(starts) <= rate
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:], strict=False)]
    assert min(gaps) >= 0.5 / rate - TICK, "starts are spread out, never burst then wait"
    assert took >= (calls - 1) / rate - TICK
    assert took < (calls - 1) / rate + 1.0, "and the limit is used, not wasted"


async def test_the_first_request_does_not_wait() -> None:
    limiter = RateLimiter(2)
    began = anyio.current_time()
    await limiter.acquire()
    assert anyio.current_time() - began < 0.05
    await limiter.acquire()
    assert anyio.current_time() - began >= 0.5 - TICK


async def test_a_fractional_rate_is_kept_on_average() -> None:
    limiter = RateLimiter(1.5)
    began = anyio.current_time()
    for _ in range(4):
        await limiter.acquire()
    took = anyio.current_time() - began
    # 3 gaps of 1/1.5 s = 2 s; rounding the rate down to 1 a second would take 3 s.
    assert 2.0 - TICK <= took < 2.5


def test_a_rate_must_be_a_positive_number() -> None:
    for bad in (0, -1, float("inf"), float("nan"), True, "10"):
        with pytest.raises(ValueError, match="requests_per_second must be a number above 0"):
            RateLimiter(bad)  # type: ignore[arg-type]
    assert repr(RateLimiter(2.5)) == "RateLimiter(requests_per_second=2.5)"


async def test_a_late_wake_up_does_not_let_a_window_overflow() -> None:
    # Pacing alone lets a start that woke late (here: the loop blocked past its slot) sit less
    # than a second before the start `rate` places after it, which keeps to the schedule: three
    # starts in one second at 2 a second. The window rule holds that third start back.
    limiter = RateLimiter(2)
    starts: list[float] = []

    async def block_the_loop_over_the_second_slot() -> None:
        await anyio.sleep(0.4)
        time.sleep(0.2)  # noqa: ASYNC251 (blocking the event loop is the point: a late wake-up)

    async with anyio.create_task_group() as group:
        group.start_soon(block_the_loop_over_the_second_slot)
        for _ in range(4):
            await limiter.acquire()
            starts.append(anyio.current_time())
    assert starts[1] - starts[0] >= 0.55, "the second start woke late"
    assert most_in_any_second(starts) <= 2
    assert starts[3] - starts[1] >= 1.0 - TICK


async def test_a_custom_limiter_is_awaited_before_every_attempt(
    embedded: EmbeddedClickSend,
) -> None:
    class Counting:
        def __init__(self) -> None:
            self.turns = 0

        async def acquire(self) -> None:
            self.turns += 1

    limiter = Counting()
    embedded.inject("429", times=1)
    async with embedded.client(rate_limiter=limiter, max_retries=2) as cs:
        await cs.account.get()
        await cs.account.get()
    assert limiter.turns == 3, "the retry of the 429 waited its turn too"


async def test_a_failing_limiter_fails_the_call_and_sends_nothing(
    embedded: EmbeddedClickSend,
) -> None:
    class Broken:
        async def acquire(self) -> None:
            raise RuntimeError("no turn today")

    async with embedded.client(rate_limiter=Broken()) as cs:
        with pytest.raises(RuntimeError, match="no turn today"):
            await cs.account.get()
    assert embedded.requests == []
