"""Sending 20,000 SMS at 10 requests/s while 1 answer in 20 is lost after the send was done.

The embedded ClickSend serves on 127.0.0.1 (a thread of this process: at 10 requests a second
the CPU is not what limits) with a rate limit of 10 requests/s per account. A send whose answer
is "lost" is carried out (the messages are queued), then the connection drops before the
answer: 1 send in 20 for both SDKs, the same ones (the 10th, the 30th, ...).

- clicksend-async: `sms.send_many` with `requests_per_second=10`, batches of 1,000, at its
  defaults (`reconcile_delay` included). Measured: messages queued exactly once (counted in the
  emulator's history), every request the emulator saw (sends, history look-ups, 429s) against
  the same job without faults (goal <= 2x), and messages per second against the ideal
  10 requests/s x 1,000 messages.
- clicksend-client (the official SDK): the same batches, one call each, as its docs show, with
  the retry a careful caller adds (a failed call is tried once more; a 429 after a second). It
  cannot tell a lost answer from a failed call, so each lost answer is a batch sent twice.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import anyio
import httpx

from clicksend_async import ClickSend
from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend

from ._report import Report

RATE = 10
BATCH = 1000
LOSE_ONE_IN = 20
GOAL_REQUESTS = 2.0
USERNAME, API_KEY = "bench-sender", "bench-sender-key-0123456789"


def _lose(number: int) -> bool:
    """Whether the answer to send `number` (from 0) is lost: 1 in LOSE_ONE_IN, the 10th, 30th..."""
    return number % LOSE_ONE_IN == LOSE_ONE_IN // 2 - 1


class _LoseAnswers(httpx.AsyncBaseTransport):
    """HTTP to the server; after a send ClickSend carried out, drops 1 answer in LOSE_ONE_IN."""

    def __init__(self, faults: bool) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.faults = faults
        self.sends = 0
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.faults and request.url.path.endswith("/sms/send"):
            await response.aread()
            if response.status_code == 200:
                self.sends += 1
                if _lose(self.sends - 1):
                    self.lost += 1
                    raise httpx.RemoteProtocolError(
                        "Server disconnected without sending a response."
                    )
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _world() -> EmbeddedClickSend:
    embedded = EmbeddedClickSend({"bench-other": "bench-other-key"}, rate_limit=RATE)
    embedded.add_account(USERNAME, API_KEY, balance="1000000")
    return embedded


def _numbers(count: int) -> list[str]:
    return [f"+6141{i:07d}" for i in range(count)]


def _times(embedded: EmbeddedClickSend) -> Counter[str]:
    return Counter(str(item["custom_string"]) for item in embedded.sms(account=USERNAME))


def _ours(count: int, batch: int, *, faults: bool) -> dict[str, Any]:
    embedded = _world()
    transport = _LoseAnswers(faults)
    with embedded.serve_in_thread() as base_url:

        async def job() -> tuple[Any, float]:
            http = httpx.AsyncClient(transport=transport)
            async with ClickSend(
                USERNAME, API_KEY, base_url=base_url, http_client=http, requests_per_second=RATE
            ) as cs:
                messages = [
                    SmsMessage(body="Your parcel is on its way", to=n) for n in _numbers(count)
                ]
                started = time.perf_counter()
                result = await cs.sms.send_many(messages, batch_size=batch)
                took = time.perf_counter() - started
            await http.aclose()
            return result, took

        result, took = anyio.run(job)
    times = _times(embedded)
    markers = [outcome.custom_string for outcome in result]
    return {
        "seconds": took,
        "requests": sum(embedded.request_counts.values()),
        "sends": embedded.request_counts["sms_send"],
        "lookups": embedded.request_counts["sms_history_list"],
        "429s": embedded.rate_limited,
        "answers lost": transport.lost,
        "queued once": sum(1 for m in markers if times[str(m)] == 1),
        "lost": sum(1 for m in markers if times[str(m)] == 0),
        "doubled": sum(times[str(m)] - 1 for m in markers if times[str(m)] > 1),
        "unknown": result.counts["unknown"],
    }


def _official(count: int, batch: int) -> dict[str, Any]:
    import clicksend  # the official SDK: a dev dependency, for this comparison only

    embedded = _world()
    numbers = _numbers(count)
    lost_answers = done = 0
    with embedded.serve_in_thread() as base_url:
        configuration = clicksend.Configuration(
            host=base_url.removesuffix("/v3"), username=USERNAME, password=API_KEY
        )
        with clicksend.ApiClient(configuration) as api:
            sms = clicksend.SmsApi(api)
            started = time.perf_counter()
            for start in range(0, count, batch):
                request = clicksend.SendSmsRequest(
                    messages=[
                        clicksend.SendSmsRequestMessagesInner(
                            body="Your parcel is on its way", to=number, custom_string=f"o{i}"
                        )
                        for i, number in enumerate(numbers[start : start + batch], start)
                    ]
                )
                failures = 0
                while failures < 2:  # the call, and one retry when it fails
                    if _lose(done):
                        embedded.inject("drop_after", operation="sms_send")
                    try:
                        answer = sms.send_sms_without_preload_content(send_sms_request=request)
                        answer.data  # noqa: B018 - read the answer (a drop shows here)
                    except Exception:  # a dropped connection, as a caller sees it
                        failures += 1
                        continue
                    finally:
                        last = [r for r in embedded.requests if r.operation == "sms_send"][-1]
                        if last.fault == "drop_after":
                            done += 1
                            lost_answers += 1
                        elif last.status == 200:
                            done += 1
                        else:  # refused (429): the loss is for the next send carried out
                            embedded.clear_faults()
                    if answer.status == 429:
                        time.sleep(1.0)
                        continue
                    break
            took = time.perf_counter() - started
    times = _times(embedded)
    keys = [f"o{i}" for i in range(count)]
    return {
        "seconds": took,
        "requests": sum(embedded.request_counts.values()),
        "answers lost": lost_answers,
        "lost": sum(1 for k in keys if times[k] == 0),
        "doubled": sum(times[k] - 1 for k in keys if times[k] > 1),
    }


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """clicksend-async with and without lost answers, and the official SDK, side by side."""
    # 20 batches either way: the quick run sends batches of 200.
    count, batch = (4_000, 200) if quick else (20_000, BATCH)
    clean = _ours(count, batch, faults=False)
    faulty = _ours(count, batch, faults=True)
    theirs = _official(count, batch)
    bench = "send_many"
    exact = faulty["queued once"] == count
    report.add(
        bench,
        f"clicksend-async: messages queued exactly once (of {count})",
        int(faulty["queued once"]),
        "",
        str(count),
        exact,
    )
    ratio = faulty["requests"] / clean["requests"]
    report.add(
        bench,
        "clicksend-async: requests with lost answers / without",
        ratio,
        "x",
        f"<= {GOAL_REQUESTS}x",
        ratio <= GOAL_REQUESTS,
    )
    ideal = RATE * batch
    report.add(
        bench,
        f"clicksend-async: messages/s / ideal {RATE}x{batch}",
        count / faulty["seconds"] / ideal,
    )
    report.add(
        bench,
        f"clicksend-async without faults: messages/s / ideal {RATE}x{batch}",
        count / clean["seconds"] / ideal,
    )
    report.add(
        bench,
        "clicksend-client (official): messages lost or doubled",
        int(theirs["lost"] + theirs["doubled"]),
    )
    for label, f in (
        ("clicksend-async, no faults", clean),
        ("clicksend-async, 1 answer in 20 lost", faulty),
    ):
        report.note(
            bench,
            f"{label}: detail",
            f"{count / f['seconds']:.0f} msg/s over {f['seconds']:.1f} s; {f['requests']} requests "
            f"({f['sends']} sends, {f['lookups']} history pages, {f['429s']} 429s); "
            f"{f['answers lost']} answers lost; lost {f['lost']}, doubled {f['doubled']}, "
            f"unknown {f['unknown']}",
        )
    report.note(
        bench,
        "clicksend-client (official): detail",
        f"{count / theirs['seconds']:.0f} msg/s over {theirs['seconds']:.1f} s; "
        f"{theirs['requests']} requests; {theirs['answers lost']} answers lost; "
        f"lost {theirs['lost']}, doubled {theirs['doubled']}",
    )
    report.figures[bench]["raw"] = {"clean": clean, "faulty": faulty, "official": theirs}
