"""Creating 2,000 contacts against a ClickSend that admits 100 requests a second.

The embedded ClickSend runs in its own process with `--rate-limit 100`: beyond 100 requests in
any sliding second it answers 429 and does nothing. The SDK runs `bulk_create` with the same
client-side limit (`requests_per_second=100`); the official synchronous SDK (`clicksend-client`)
runs the same rows one by one, as its documentation shows (it has no retry of its own: a 429
is an `ApiException`). Afterwards every contact of the list is read back and counted: a row is
lost when it is not there, duplicated when it is there more than once.
"""

from __future__ import annotations

import logging
import time
from collections import Counter

import anyio

from clicksend_async import ClickSend, RateLimitError

from ._report import Report
from ._server import Server, server_process

LIMIT = 100
GOAL_RATE = 0.9


class _RetriesOf429(logging.Handler):
    """Counts the retries the SDK logs after a 429 (absorbed: they never reach the caller)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("retrying") and "429" in record.getMessage():
            self.count += 1


def _rows(count: int, tag: str) -> list[dict[str, object]]:
    return [
        {"phone_number": f"+6142{i:07d}", "first_name": tag, "custom_1": f"{tag}-{i}"}
        for i in range(count)
    ]


async def _stored(cs: ClickSend, list_id: int) -> Counter[str]:
    return Counter([str(c.custom_1) async for c in cs.contacts.iter(list_id)])


def _account(rows: list[dict[str, object]], stored: Counter[str]) -> tuple[int, int]:
    wanted = [str(r["custom_1"]) for r in rows]
    lost = sum(1 for key in wanted if stored[key] == 0)
    duplicated = sum(stored[key] - 1 for key in wanted if stored[key] > 1)
    return lost, duplicated


async def _sdk(server: Server, rows: list[dict[str, object]]) -> dict[str, float]:
    counter = _RetriesOf429()
    logger = logging.getLogger("clicksend_async")
    logger.addHandler(counter)
    logger.setLevel(logging.INFO)
    try:
        async with ClickSend(
            server.username, server.api_key, base_url=server.base_url, requests_per_second=LIMIT
        ) as cs:
            lst = await cs.lists.create(list_name="Bulk via clicksend-async")
            started = time.perf_counter()
            result = await cs.contacts.bulk_create(lst.list_id, rows, concurrency=20)
            took = time.perf_counter() - started
            lost, duplicated = _account(rows, await _stored(cs, lst.list_id))
    finally:
        logger.removeHandler(counter)
    surfaced = sum(1 for item in result.failed if isinstance(item.error, RateLimitError))
    return {
        "rate": (len(rows) - lost) / took,
        "seconds": took,
        "failed": len(result.failed),
        "lost": lost,
        "duplicated": duplicated,
        "429 surfaced": surfaced,
        "429 absorbed": counter.count,
    }


def _official(server: Server, rows: list[dict[str, object]]) -> dict[str, float]:
    import clicksend  # the official SDK: a dev dependency, for this comparison only

    configuration = clicksend.Configuration(
        host=server.base_url.removesuffix("/v3"), username=server.username, password=server.api_key
    )
    with clicksend.ApiClient(configuration) as api:
        lists = clicksend.ListsApi(api)
        created = lists.create_list(
            create_list_request=clicksend.CreateListRequest(list_name="Bulk via clicksend-client")
        )
        assert created.data is not None
        list_id = str(created.data.list_id)
        too_many = other = 0
        started = time.perf_counter()
        for row in rows:
            try:
                # The raw variant: the official SDK's models refuse contacts as documented (their
                # dates are strings of digits, its models want integers), so the answer is not read.
                answer = lists.create_new_contact_without_preload_content(
                    list_id=list_id,
                    create_new_contact_request=clicksend.CreateNewContactRequest.from_dict(row),
                )
                if answer.status == 429:
                    too_many += 1
                elif answer.status != 200:
                    other += 1
            except clicksend.ApiException as error:
                too_many += error.status == 429
                other += error.status != 429
        took = time.perf_counter() - started

    async def stored() -> Counter[str]:
        async with ClickSend(
            server.username, server.api_key, base_url=server.base_url, requests_per_second=LIMIT
        ) as cs:
            return await _stored(cs, int(list_id))

    lost, duplicated = _account(rows, anyio.run(stored))
    return {
        "rate": (len(rows) - lost) / took,
        "seconds": took,
        "failed": too_many + other,
        "lost": lost,
        "duplicated": duplicated,
        "429 surfaced": too_many,
        "429 absorbed": 0,
    }


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """Both SDKs against the same rate-limited server."""
    count = 300 if quick else 2_000
    with server_process("--rate-limit", str(LIMIT)) as server:
        ours = anyio.run(_sdk, server, _rows(count, "sdk"))
        theirs = _official(server, _rows(count, "official"))
    share = ours["rate"] / LIMIT
    report.add(
        "bulk",
        f"clicksend-async: sustained rate / limit ({count} creates)",
        share,
        "",
        f">= {GOAL_RATE}",
        share >= GOAL_RATE,
    )
    report.add(
        "bulk",
        "clicksend-async: rows lost, duplicated, 429s surfacing",
        int(ours["lost"] + ours["duplicated"] + ours["429 surfaced"]),
        "",
        "0",
        ours["lost"] + ours["duplicated"] + ours["429 surfaced"] == 0,
    )
    for label, f in (("clicksend-async", ours), ("clicksend-client (official)", theirs)):
        report.note(
            "bulk",
            f"{label}: detail",
            f"{f['rate']:.1f} stored rows/s over {f['seconds']:.1f} s; lost {f['lost']:.0f}, "
            f"duplicated {f['duplicated']:.0f}, 429s surfaced {f['429 surfaced']:.0f}, "
            f"absorbed {f['429 absorbed']:.0f}",
        )
    report.figures["bulk"]["raw"] = {"clicksend-async": ours, "clicksend-client": theirs}
