"""Knobs of the embedded ClickSend: rate limit, latency, scripted and random faults."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import anyio
import httpx
import pytest

from clicksend_async import APIConnectionError
from clicksend_async.testing import EXTRA_FIELD, IN_PROCESS_BASE_URL, EmbeddedClickSend

pytestmark = pytest.mark.anyio


@pytest.fixture
def embedded() -> EmbeddedClickSend:
    return EmbeddedClickSend({"alice": "a-key", "bob": "b-key"})


def _raw(
    embedded: EmbeddedClickSend, user: str = "alice", timeout: float = 5.0
) -> httpx.AsyncClient:
    key = {"alice": "a-key", "bob": "b-key"}[user]
    return httpx.AsyncClient(
        transport=embedded.transport(),
        base_url=IN_PROCESS_BASE_URL,
        auth=(user, key),
        timeout=timeout,
    )


@pytest.fixture
async def raw(embedded: EmbeddedClickSend) -> AsyncIterator[httpx.AsyncClient]:
    async with _raw(embedded) as client:
        yield client


async def test_rate_limit_refuses_with_429_and_retry_after(
    embedded: EmbeddedClickSend, raw: httpx.AsyncClient
) -> None:
    embedded.rate_limit = 3
    answers = [await raw.post("/lists", json={"list_name": f"L{i}"}) for i in range(5)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    refused = answers[-1]
    assert refused.headers["retry-after"] == "1"
    assert refused.json() == {
        "http_code": 429,
        "response_code": "TOO_MANY_REQUESTS",
        "response_msg": refused.json()["response_msg"],
        "data": [],
    }
    assert embedded.rate_limited == 2
    assert [lst["list_name"] for lst in embedded.lists(account="alice")] == ["L0", "L1", "L2"]
    assert embedded.request_counts["lists_create"] == 5


async def test_rate_limit_is_per_account(embedded: EmbeddedClickSend) -> None:
    embedded.rate_limit = 2
    async with _raw(embedded, "alice") as alice, _raw(embedded, "bob") as bob:
        assert [(await alice.get("/lists")).status_code for _ in range(3)] == [200, 200, 429]
        assert [(await bob.get("/lists")).status_code for _ in range(2)] == [200, 200]


async def test_the_sdk_absorbs_429s(embedded: EmbeddedClickSend) -> None:
    embedded.rate_limit = 2
    list_id = embedded.add_list("Busy", account="alice")
    async with embedded.client(username="alice", api_key="a-key") as cs:
        started = time.monotonic()
        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(cs.lists.get, list_id)
        elapsed = time.monotonic() - started
    assert embedded.rate_limited >= 2
    assert embedded.request_counts["lists_get"] == 4 + embedded.rate_limited
    assert elapsed >= 1.0  # Retry-After: 1 was honoured
    starts = embedded.request_starts("lists_get")
    admitted = [r.started for r in embedded.requests if r.status == 200]
    assert len(starts) == 4 + embedded.rate_limited
    assert all(b - a >= 0.99 for a, b in zip(admitted, admitted[2:], strict=False))


async def test_latency_delays_every_request(
    embedded: EmbeddedClickSend, raw: httpx.AsyncClient
) -> None:
    embedded.latency = 0.05
    started = time.monotonic()
    for _ in range(3):
        assert (await raw.get("/countries")).status_code == 200
    assert time.monotonic() - started >= 0.15


async def test_latency_beyond_the_read_timeout_times_out_before_handling(
    embedded: EmbeddedClickSend,
) -> None:
    embedded.latency = 0.5
    async with _raw(embedded, timeout=0.05) as slow:
        with pytest.raises(httpx.ReadTimeout):
            await slow.post("/lists", json={"list_name": "Late"})
    assert embedded.lists(account="alice") == []


@pytest.mark.parametrize(
    ("kind", "applied"),
    [
        ("5xx", False),
        ("html_502", False),
        ("429", False),
        ("drop_before", False),
        ("hang", False),
        ("drop_after", True),
        ("malformed", True),
        ("truncated", True),
        ("incomplete", True),
        ("extended", True),
        ("timeout", True),
    ],
)
async def test_each_scripted_fault(embedded: EmbeddedClickSend, kind: str, applied: bool) -> None:
    embedded.inject(kind, operation="lists_create")
    outcome: object
    async with _raw(embedded, timeout=0.05) as client:
        try:
            response = await client.post("/lists", json={"list_name": "Faulty"})
        except httpx.HTTPError as error:
            outcome = type(error)
        else:
            outcome = response.status_code
            if kind == "malformed":
                with pytest.raises(json.JSONDecodeError):
                    json.loads(response.content)
            if kind == "html_502":
                assert response.headers["content-type"] == "text/html"
            if kind == "5xx":
                assert response.json()["response_code"] == "INTERNAL_SERVER_ERROR"
            if kind == "incomplete":
                assert response.json().keys() == {"http_code", "response_code", "response_msg"}
            if kind == "extended":
                answer = response.json()
                assert answer[EXTRA_FIELD] == answer["data"][EXTRA_FIELD]
                assert answer["data"]["list_name"] == "Faulty"
        expected = {
            "5xx": 500,
            "html_502": 502,
            "429": 429,
            "drop_before": httpx.ConnectError,
            "hang": httpx.ReadTimeout,
            "drop_after": httpx.RemoteProtocolError,
            "malformed": 200,
            "truncated": httpx.RemoteProtocolError,
            "incomplete": 200,
            "extended": 200,
            "timeout": httpx.ReadTimeout,
        }[kind]
        assert outcome == expected
        assert (len(embedded.lists(account="alice")) == 1) is applied
        # One fault, once: the next request is served normally.
        assert (await client.get("/lists")).status_code == 200
    assert embedded.requests[0].fault == kind


async def test_scripted_faults_keep_to_their_operation_and_count(
    embedded: EmbeddedClickSend, raw: httpx.AsyncClient
) -> None:
    list_id = embedded.add_list("Scoped", account="alice")
    embedded.inject("5xx", times=2, operation="lists_get")
    assert (await raw.get("/lists")).status_code == 200
    statuses = [(await raw.get(f"/lists/{list_id}")).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    embedded.inject("5xx")
    embedded.clear_faults()
    assert (await raw.get("/lists")).status_code == 200


async def test_the_sdk_retries_a_safe_call_and_reports_an_unsafe_one(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Retries", account="alice")
    async with embedded.client(username="alice", api_key="a-key") as cs:
        embedded.inject("5xx", operation="lists_get")
        assert (await cs.lists.get(list_id)).list_name == "Retries"
        assert embedded.request_counts["lists_get"] == 2
        embedded.inject("drop_after", operation="contacts_create")
        with pytest.raises(APIConnectionError) as caught:
            await cs.contacts.create(list_id, phone_number="+61411111111")
    assert caught.value.outcome_unknown
    assert embedded.request_counts["contacts_create"] == 1
    assert len(embedded.contacts(list_id, account="alice")) == 1  # it was done


async def test_random_faults_follow_the_rate_and_the_seed() -> None:
    def statuses(seed: int) -> list[int]:
        embedded = EmbeddedClickSend(fault_rate=0.5, faults=("5xx", "429"), seed=seed)
        return [embedded.handle("GET", "/v3/countries", "", {}, b"")[0] for _ in range(40)]

    first = statuses(3)
    assert first == statuses(3)
    assert {200, 500, 429} == set(first)
    always = EmbeddedClickSend(fault_rate=1.0, faults=("5xx",))
    assert {always.handle("GET", "/v3/countries", "", {}, b"")[0] for _ in range(5)} == {500}


async def test_random_drops_are_before_or_after() -> None:
    embedded = EmbeddedClickSend(fault_rate=1.0, faults=("drop",), seed=1)
    async with httpx.AsyncClient(
        transport=embedded.transport(), base_url=IN_PROCESS_BASE_URL
    ) as client:
        for _ in range(12):
            with pytest.raises((httpx.ConnectError, httpx.RemoteProtocolError)):
                await client.get("/countries")
    kinds = {r.fault for r in embedded.requests}
    assert kinds == {"drop_before", "drop_after"}


@pytest.mark.server
def test_faults_over_http(embedded: EmbeddedClickSend) -> None:
    with (
        embedded.serve_in_thread() as base_url,
        httpx.Client(base_url=base_url, auth=("alice", "a-key"), timeout=0.3) as client,
    ):
        embedded.inject("drop_after", operation="lists_create")
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("/lists", json={"list_name": "Dropped"})
        assert [lst["list_name"] for lst in embedded.lists(account="alice")] == ["Dropped"]
        embedded.inject("truncated")
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/account")
        embedded.inject("hang")
        with pytest.raises(httpx.ReadTimeout):
            client.get("/account")
        embedded.inject("html_502")
        assert client.get("/account").status_code == 502
        assert client.get("/account").json()["data"]["username"] == "alice"
