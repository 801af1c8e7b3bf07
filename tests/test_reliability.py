"""Faults against the embedded ClickSend: what is retried, what is not, and what is left behind.

In-process (`embedded.client()`, no sockets) for the fault matrix, the 429 storm, 5xx bursts and
cancellation; over loopback (`embedded.serve_in_thread()`) where the real socket matters: a
refused connection, dropped and cut connections, httpx's own read timeout, and the connection
pool after a cancellation. What `tests/test_client.py` proves with scripted transports is not
repeated here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
import httpcore
import httpx
import pytest

from clicksend_async import (
    DEFAULT_CONNECTION_LIMITS,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClickSend,
    ClickSendError,
    InternalServerError,
)
from clicksend_async.testing import EXTRA_FIELD, FAULT_KINDS, EmbeddedClickSend

from .scripted import API_KEY, USERNAME, Script, closed_port, contact, paged

pytestmark = pytest.mark.anyio


# ----------------------------------------------------------------------- the fault matrix


@dataclass(frozen=True)
class Lists:
    """The lists the matrix works on: `source` holds `contact`; the others start empty."""

    source: int
    contact: int
    copies: int
    creates: int


@dataclass(frozen=True)
class Target:
    """A call of the matrix, and how to read from the store how often it was carried out."""

    label: str
    operation: str
    safe: bool
    call: Callable[[ClickSend, Lists], Awaitable[object]]
    done: Callable[[EmbeddedClickSend, Lists], int] | None


def _updated(embedded: EmbeddedClickSend, lists: Lists) -> int:
    (stored,) = embedded.contacts(lists.source)
    return int(stored["first_name"] == "Updated")


TARGETS = (
    Target(
        "GET lists.get",
        "lists_get",
        True,
        lambda cs, lists: cs.lists.get(lists.source),
        None,
    ),
    Target(
        "PUT contacts.update (safe to repeat)",
        "contacts_update",
        True,
        lambda cs, lists: cs.contacts.update(
            lists.source, lists.contact, phone_number="+61400000009", first_name="Updated"
        ),
        _updated,
    ),
    Target(
        "POST contacts.create",
        "contacts_create",
        False,
        lambda cs, lists: cs.contacts.create(lists.creates, phone_number="+61400000001"),
        lambda embedded, lists: len(embedded.contacts(lists.creates)),
    ),
    Target(
        "PUT contacts.copy (not safe to repeat)",
        "contacts_copy",
        False,
        lambda cs, lists: cs.contacts.copy(lists.source, lists.contact, lists.copies),
        lambda embedded, lists: len(embedded.contacts(lists.copies)),
    ),
)

#: Faults after which the SDK cannot know whether ClickSend did the call, and what it raises
#: for a call that is not safe to repeat (a safe one is repeated).
OUTCOME_UNKNOWN: dict[str, type[ClickSendError]] = {
    "5xx": InternalServerError,
    "html_502": InternalServerError,
    "drop_after": APIConnectionError,
    "truncated": APIConnectionError,
    "timeout": APITimeoutError,
    "hang": APITimeoutError,
}
#: Faults that say the call was not done: repeated for every call.
REFUSED = ("drop_before", "429")
#: 200s that are not the documented shape: never repeated (the call was done).
NOT_THE_DOCUMENTED_SHAPE = {
    "malformed": "not JSON",
    "incomplete": "lacks the required field 'data'",
}
#: Faults met after the call was carried out.
APPLIED = frozenset(("drop_after", "truncated", "timeout", "malformed", "incomplete", "extended"))


def _lists(embedded: EmbeddedClickSend) -> Lists:
    source = embedded.add_list("Source")
    (contact_id,) = embedded.add_contacts(source, [{"phone_number": "+61400000000"}])
    return Lists(source, contact_id, embedded.add_list("Copies"), embedded.add_list("Creates"))


@pytest.mark.parametrize("kind", FAULT_KINDS)
async def test_each_fault_on_safe_and_unsafe_calls(embedded: EmbeddedClickSend, kind: str) -> None:
    assert kind in {*OUTCOME_UNKNOWN, *REFUSED, *NOT_THE_DOCUMENTED_SHAPE, "extended"}, "new kind"
    lists = _lists(embedded)
    outcomes: dict[str, object] = {}

    async def run(cs: ClickSend, target: Target) -> None:
        try:
            outcomes[target.label] = await target.call(cs, lists)
        except ClickSendError as error:
            outcomes[target.label] = error

    async with (
        embedded.client(timeout=0.05, max_retries=2) as cs,
        anyio.create_task_group() as group,
    ):
        for target in TARGETS:
            embedded.inject(kind, operation=target.operation)
            group.start_soon(run, cs, target)

    for target in TARGETS:
        outcome = outcomes[target.label]
        sent = embedded.request_counts[target.operation]
        done = target.done(embedded, lists) if target.done is not None else None
        where = f"{kind} on {target.label}: {outcome!r}"
        if kind in NOT_THE_DOCUMENTED_SHAPE:
            assert isinstance(outcome, APIResponseValidationError), where
            assert NOT_THE_DOCUMENTED_SHAPE[kind] in str(outcome), where
            assert (sent, done) == (1, None if target.done is None else 1), where
        elif kind in OUTCOME_UNKNOWN and not target.safe:
            assert type(outcome) is OUTCOME_UNKNOWN[kind], where
            assert isinstance(outcome, APIConnectionError | InternalServerError)
            assert outcome.outcome_unknown is True, where
            assert "the outcome is unknown" in str(outcome), where
            assert target.label.split()[1] in str(outcome), "the message names the call"
            assert sent == 1, f"{where}: repeated"
            assert done == (1 if kind in APPLIED else 0), where
        else:
            retried = kind in REFUSED or kind in OUTCOME_UNKNOWN
            assert not isinstance(outcome, Exception), where
            assert sent == (2 if retried else 1), where
            assert done in (None, 1), f"{where}: done {done} times"
            if kind == "extended":
                assert EXTRA_FIELD in outcome.additional_properties, where  # type: ignore[attr-defined]


# ------------------------------------------------------------------ storms, bursts, pages


async def test_a_429_storm_of_100_concurrent_creates_loses_and_repeats_nothing(
    embedded: EmbeddedClickSend,
) -> None:
    embedded.rate_limit = 40  # 100 at once: 60 refused, then 20 of those refused again
    list_id = embedded.add_list("Storm")
    phones = [f"+614000{i:05d}" for i in range(100)]
    created: dict[str, int] = {}

    async def create(cs: ClickSend, phone: str) -> None:
        created[phone] = (await cs.contacts.create(list_id, phone_number=phone)).contact_id

    async with embedded.client(max_retries=10) as cs, anyio.create_task_group() as group:
        for phone in phones:
            group.start_soon(create, cs, phone)

    assert sorted(created) == phones, "every create returned its contact"
    assert len(set(created.values())) == 100
    stored = sorted(c["phone_number"] for c in embedded.contacts(list_id))
    assert stored == phones, "none lost, none created twice"
    assert embedded.rate_limited >= 80, "the storm happened"
    assert embedded.request_counts["contacts_create"] == 100 + embedded.rate_limited


async def test_a_5xx_burst_within_max_retries_is_absorbed(embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Burst")
    embedded.inject("5xx", operation="lists_get")
    embedded.inject("html_502", operation="lists_get")
    async with embedded.client(max_retries=2) as cs:
        assert (await cs.lists.get(list_id)).list_name == "Burst"
    assert [r.status for r in embedded.requests] == [500, 502, 200]


async def test_a_5xx_burst_beyond_max_retries_raises_internal_server_error(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Burst")
    embedded.inject("5xx", times=2, operation="lists_get")
    async with embedded.client(max_retries=1) as cs:
        with pytest.raises(InternalServerError) as caught:
            await cs.lists.get(list_id)
        assert embedded.request_counts["lists_get"] == 2
        assert (caught.value.status_code, caught.value.outcome_unknown) == (500, False)
        assert caught.value.response_code == "INTERNAL_SERVER_ERROR"
        assert (await cs.lists.get(list_id)).list_name == "Burst", "the burst is over"


async def test_iter_reads_every_contact_once_in_order_through_random_faults(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Flaky", contacts=1000)
    expected = [c["contact_id"] for c in embedded.contacts(list_id)]
    embedded.faults = ("5xx", "html_502", "drop", "truncated", "timeout", "hang")
    embedded.fault_rate = 0.3
    async with embedded.client(timeout=0.05, max_retries=8) as cs:
        seen = [c.contact_id async for c in cs.contacts.iter(list_id, concurrency=4)]
    assert seen == expected
    faults = [r.fault for r in embedded.requests if r.fault is not None]
    assert faults, "some pages met a fault"
    assert embedded.request_counts["contacts_list"] == 10 + len(faults)


async def test_fields_added_later_are_kept_at_every_depth(embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Extended", contacts=20)
    embedded.inject("extended", operation="account_get")
    embedded.inject("extended", operation="contacts_list")
    async with embedded.client() as cs:
        me = await cs.account.get()
        page = await cs.contacts.list(list_id, limit=20)
    assert me.username == USERNAME
    assert me.subaccount, "the nested models were read"
    assert me.currency
    models: list[Any] = [me, me.subaccount, me.currency, *page.items]
    for model in models:
        assert model.additional_properties.keys() == {EXTRA_FIELD}, model
    assert EXTRA_FIELD in me.to_dict(), "and sent back as they came"
    assert (page.total, len(page.items)) == (20, 20)


async def test_a_later_page_lacking_a_required_field_fails_the_iteration_in_order() -> None:
    served = paged(contact(i) for i in range(250))

    def lacking(request: httpx.Request) -> httpx.Response:
        answer = served(request)
        if request.url.params["page"] != "3":
            return answer
        body = answer.json()
        del body["data"]["data"][0]["contact_id"]
        return httpx.Response(200, json=body)

    script = Script(lacking)
    seen: list[int] = []

    async def read_all(cs: ClickSend) -> None:
        async for item in cs.contacts.iter(7):
            seen.append(item.contact_id)

    async with script.client() as cs:
        with pytest.raises(APIResponseValidationError, match="'contact_id'") as caught:
            await read_all(cs)
        assert (await cs.contacts.list(7, limit=100)).total == 250, "the client still works"
    assert seen == list(range(200)), "the pages before it were all read"
    assert [r.url.params["page"] for r in script.requests].count("3") == 1, "not repeated"
    assert isinstance(caught.value.body, dict)


# ---------------------------------------------------------------------------- cancellation


async def test_cancelling_a_call_mid_request_and_mid_retry_leaves_the_client_usable(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Cancelled")
    embedded.inject("5xx", operation="lists_get")
    embedded.inject("hang", operation="lists_get")  # the retry never gets an answer
    async with embedded.client(timeout=None, max_retries=3) as cs:
        with anyio.move_on_after(0.7) as scope:  # past the first backoff (0.5 s at most)
            await cs.lists.get(list_id)
        assert scope.cancelled_caught
        assert [r.fault for r in embedded.requests] == ["5xx", "hang"], "no retry after it"
        assert (await cs.lists.get(list_id)).list_name == "Cancelled"


async def test_cancelling_mid_iteration_cancels_the_page_fetches_in_flight(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Long", contacts=1000)
    expected = [c["contact_id"] for c in embedded.contacts(list_id)]
    embedded.latency = 0.2
    seen: list[int] = []
    async with embedded.client() as cs:
        with anyio.CancelScope() as scope:
            async for item in cs.contacts.iter(list_id, concurrency=4):
                seen.append(item.contact_id)
                if len(seen) == 100:
                    await anyio.sleep(0.05)  # pages 2 to 5 are now waiting on ClickSend
                    scope.cancel()
        assert len(seen) == 100
        await anyio.sleep(0.3)  # longer than the fetches in flight had left to wait
        assert embedded.request_counts["contacts_list"] == 1, "they ended without an answer"
        embedded.latency = 0
        assert [c.contact_id async for c in cs.contacts.iter(list_id)] == expected


# -------------------------------------------------------------------- over a real socket


def _connections(cs: ClickSend) -> list[httpcore.AsyncConnectionInterface]:
    """The connections of the client's own pool (httpx's transport over httpcore's pool)."""
    transport = cs._http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    return list(transport._pool.connections)


def _busy(cs: ClickSend) -> int:
    """Connections of the pool carrying a request (neither idle nor closed)."""
    return sum(1 for c in _connections(cs) if not (c.is_idle() or c.is_closed()))


async def test_a_refused_connection_is_retried_even_for_a_create_then_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="clicksend_async")
    base_url = f"http://127.0.0.1:{closed_port()}/v3"
    async with ClickSend(USERNAME, API_KEY, base_url=base_url, max_retries=1) as cs:
        with pytest.raises(APIConnectionError, match="could not reach ClickSend") as caught:
            await cs.contacts.create(1, phone_number="+61411111111")
    assert type(caught.value) is APIConnectionError
    assert caught.value.outcome_unknown is False, "nothing was sent"
    assert caplog.text.count("retrying in") == 1


@pytest.mark.server
async def test_dropped_and_cut_connections_on_a_real_socket(embedded: EmbeddedClickSend) -> None:
    lists = _lists(embedded)
    lists_before = len(embedded.lists())
    errors: dict[str, APIConnectionError] = {}

    async def unsafe(call: Awaitable[object], operation: str) -> None:
        with pytest.raises(APIConnectionError) as caught:
            await call
        errors[operation] = caught.value

    async with (
        embedded.serve_in_thread() as base_url,
        ClickSend(USERNAME, API_KEY, base_url=base_url, timeout=2.0, max_retries=2) as cs,
    ):
        for kind, operation in (
            ("drop_before", "lists_get"),
            ("drop_after", "contacts_get"),
            ("truncated", "account_get"),
            ("drop_after", "contacts_create"),
            ("truncated", "lists_create"),
            ("drop_before", "contacts_copy"),
        ):
            embedded.inject(kind, operation=operation)
        async with anyio.create_task_group() as group:
            group.start_soon(cs.lists.get, lists.source)
            group.start_soon(cs.contacts.get, lists.source, lists.contact)
            group.start_soon(cs.account.get)
            group.start_soon(
                unsafe,
                cs.contacts.create(lists.creates, phone_number="+61400000001"),
                "contacts_create",
            )
            group.start_soon(unsafe, cs.lists.create(list_name="Cut short"), "lists_create")
            group.start_soon(
                unsafe, cs.contacts.copy(lists.source, lists.contact, lists.copies), "contacts_copy"
            )
    counts = embedded.request_counts
    assert (counts["lists_get"], counts["contacts_get"], counts["account_get"]) == (2, 2, 2)
    assert all(error.outcome_unknown for error in errors.values()), errors
    assert (counts["contacts_create"], counts["lists_create"], counts["contacts_copy"]) == (1, 1, 1)
    assert len(embedded.contacts(lists.creates)) == 1, "done once, not repeated"
    assert len(embedded.lists()) == lists_before + 1, "done once, not repeated"
    # On a socket, a drop before ClickSend acted looks like one after: still not repeated.
    assert embedded.contacts(lists.copies) == []


@pytest.mark.server
async def test_the_read_timeout_is_httpx_own_and_an_unsafe_call_is_not_repeated(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Timeouts")
    async with (
        embedded.serve_in_thread() as base_url,
        ClickSend(USERNAME, API_KEY, base_url=base_url, timeout=0.5, max_retries=3) as cs,
    ):
        embedded.inject("timeout", operation="contacts_create")
        started = anyio.current_time()
        with pytest.raises(APITimeoutError, match="timed out") as caught:
            await cs.contacts.create(list_id, phone_number="+61411111111")
        took = anyio.current_time() - started
        assert 0.5 <= took < 0.5 + 0.4, took
        assert caught.value.outcome_unknown is True
        assert embedded.request_counts["contacts_create"] == 1
        assert len(embedded.contacts(list_id)) == 1, "it was done, and done once"

        embedded.inject("hang", operation="lists_get")
        started = anyio.current_time()
        assert (await cs.lists.get(list_id)).list_name == "Timeouts"
        assert anyio.current_time() - started >= 0.5
        assert embedded.request_counts["lists_get"] == 2, "a safe call is repeated"


@pytest.mark.server
async def test_cancelling_on_a_real_socket_leaks_no_connection(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Sockets", contacts=1000)
    expected = [c["contact_id"] for c in embedded.contacts(list_id)]
    limit = DEFAULT_CONNECTION_LIMITS.max_connections
    assert limit is not None
    async with (
        embedded.serve_in_thread() as base_url,
        ClickSend(USERNAME, API_KEY, base_url=base_url) as cs,
    ):
        embedded.latency = 1.0
        with anyio.move_on_after(0.1):
            await cs.lists.get(list_id)
        assert _busy(cs) == 0, "the cancelled request's connection was closed or released"

        embedded.latency = 0.3
        seen: list[int] = []
        with anyio.CancelScope() as scope:
            async for item in cs.contacts.iter(list_id, concurrency=4):
                seen.append(item.contact_id)
                if len(seen) == 100:
                    await anyio.sleep(0.05)
                    assert _busy(cs) == 4, "pages 2 to 5 are in flight"
                    scope.cancel()
        await anyio.sleep(0.1)  # well before the 0.3 s the fetches had to wait
        assert _busy(cs) == 0, "the page fetches in flight were cancelled"

        embedded.latency = 0
        assert [c.contact_id async for c in cs.contacts.iter(list_id)] == expected
        async with anyio.create_task_group() as group:
            for _ in range(3 * limit):
                group.start_soon(cs.lists.get, list_id)
        assert len(_connections(cs)) <= limit
        assert _busy(cs) == 0
