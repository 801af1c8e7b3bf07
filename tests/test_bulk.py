"""Bulk calls: every row accounted for, nothing sent twice, bad rows reported unsent."""

import json
import random

import httpx
import pytest

from clicksend_async import (
    APIConnectionError,
    BulkResult,
    ClickSend,
    InternalServerError,
    RateLimitError,
)
from clicksend_async.models import Contact, ContactFields

from .scripted import API_KEY, USERNAME, Script, Slow, answer, contact

pytestmark = pytest.mark.anyio


class FlakyContacts:
    """A contacts store behind a connection that fails in every way, at random but seeded.

    Faults: 429 (refused, not done), connection refused (not done), 500 after the create was
    done, and the connection dropped after the create was done.
    """

    def __init__(self, seed: int, fault_rate: float) -> None:
        self.random = random.Random(seed)
        self.fault_rate = fault_rate
        self.created: list[dict[str, object]] = []
        self.faults: dict[str, int] = {"429": 0, "refused": 0, "500-after": 0, "drop-after": 0}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        fault = None
        if self.random.random() < self.fault_rate:
            fault = self.random.choice(list(self.faults))
            self.faults[fault] += 1
        if fault == "429":
            return answer(429, [], headers={"Retry-After": "0"})
        if fault == "refused":
            raise httpx.ConnectError("refused")
        body = json.loads(request.content)
        self.created.append(body)
        if fault == "500-after":
            return answer(500, [])
        if fault == "drop-after":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return answer(200, contact(len(self.created), 7, **body))


async def test_bulk_create_under_faults_loses_nothing_and_duplicates_nothing() -> None:
    store = FlakyContacts(seed=7, fault_rate=0.3)
    rows = [{"phone_number": f"+614000{i:05d}", "first_name": f"n{i}"} for i in range(300)]
    http = httpx.AsyncClient(transport=httpx.MockTransport(store))
    async with ClickSend(USERNAME, API_KEY, http_client=http, max_retries=8) as cs:
        result = await cs.contacts.bulk_create(7, rows, concurrency=8)
    await http.aclose()

    assert [item.index for item in result] == list(range(300)), "one item per row, in order"
    created = [body["phone_number"] for body in store.created]
    assert len(created) == len(set(created)), "no row was created twice"
    for item in result:
        phone = rows[item.index]["phone_number"]
        if item.ok:
            assert isinstance(item.value, Contact)
            assert item.value.phone_number == phone
            assert created.count(phone) == 1
        else:
            # Only a fault after the create was done may fail a row: reported, not repeated.
            assert isinstance(item.error, APIConnectionError | InternalServerError)
            assert item.error.outcome_unknown is True
            assert "outcome is unknown" in str(item.error)
            assert created.count(phone) == 1
    assert len(result.failed) == store.faults["500-after"] + store.faults["drop-after"]
    assert store.faults["429"] > 0
    assert store.faults["refused"] > 0
    assert len(result.succeeded) + len(result.failed) == 300


async def test_rows_that_fail_the_checks_are_reported_without_being_sent() -> None:
    script = Script(lambda request: answer(200, contact(1, 7, **json.loads(request.content))))
    rows: list[object] = [
        {"phone_number": "+61411111111"},
        {"first_name": "no way to reach"},
        {"phone_number": 61411111111},
        {"phone_nubmer": "+61411111112"},
        ContactFields(email="ann@example.com"),
        {"list_id": 8, "email": "b@example.com"},
        "not a row",
    ]
    progress: list[tuple[int, int]] = []
    async with script.client() as cs:
        result = await cs.contacts.bulk_create(
            7, rows, on_progress=lambda d, t: progress.append((d, t))
        )  # type: ignore[arg-type]
    assert [item.ok for item in result] == [True, False, False, False, True, False, False]
    messages = [str(item.error) for item in result.failed]
    assert "at least one of phone_number, email, fax_number" in messages[0]
    assert "phone_number must be str, got int" in messages[1]
    assert "unknown argument(s) phone_nubmer" in messages[2]
    assert "sets list_id apart from the bulk call's own value" in messages[3]
    assert "must be a mapping or a model, got str" in messages[4]
    assert [json.loads(r.content) for r in script.requests] == [
        {"phone_number": "+61411111111"},
        {"email": "ann@example.com"},
    ]
    assert sorted(progress) == [(i, 7) for i in range(1, 8)]


async def test_bulk_update_and_delete_take_the_contact_id_from_each_row() -> None:
    script = Script(
        lambda request: (
            answer(200, contact(int(request.url.path.rsplit("/", 1)[1]), 7))
            if request.method == "PUT"
            else answer(200, [])
        )
    )
    async with script.client() as cs:
        updated = await cs.contacts.bulk_update(
            7, [{"contact_id": 1, "first_name": "A", "email": "a@x"}]
        )
        deleted = await cs.contacts.bulk_delete(7, [2, {"contact_id": 3}])
    assert [item.value.contact_id for item in updated if item.value] == [1]
    assert [item.ok for item in deleted] == [True, True]
    assert [item.value for item in deleted] == [None, None]
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("PUT", "/v3/lists/7/contacts/1"),
        ("DELETE", "/v3/lists/7/contacts/2"),
        ("DELETE", "/v3/lists/7/contacts/3"),
    ]


async def test_contacts_read_back_are_rows_of_bulk_update_and_delete() -> None:
    read_back = [
        Contact.from_dict(contact(i, 7, first_name="Old", date_added="1436160803", _list_name="L"))
        for i in (1, 2)
    ]
    for row in read_back:
        row.first_name = "New"
    script = Script(
        lambda request: (
            answer(200, contact(int(request.url.path.rsplit("/", 1)[1]), 7))
            if request.method == "PUT"
            else answer(200, [])
        )
    )
    async with script.client() as cs:
        updated = await cs.contacts.bulk_update(7, read_back)
        deleted = await cs.contacts.bulk_delete(7, read_back)
        elsewhere = await cs.contacts.bulk_delete(8, read_back)
    assert [item.ok for item in updated] == [True, True]
    assert [item.ok for item in deleted] == [True, True]
    puts = [r for r in script.requests if r.method == "PUT"]
    assert [r.url.path for r in puts] == ["/v3/lists/7/contacts/1", "/v3/lists/7/contacts/2"]
    assert json.loads(puts[0].content) == {"phone_number": "+61411000001", "first_name": "New"}
    assert all("list_id apart" in str(item.error) for item in elsewhere), "list 7's rows, not 8's"


async def test_a_bulk_call_reports_rate_limits_it_could_not_wait_out() -> None:
    script = Script(answer(429, [], headers={"Retry-After": "0"}))
    async with script.client(max_retries=1) as cs:
        result = await cs.contacts.bulk_delete(7, [1, 2])
    assert isinstance(result, BulkResult)
    assert all(isinstance(item.error, RateLimitError) for item in result)
    assert len(script.requests) == 4
    assert repr(result) == "<BulkResult rows=2 succeeded=0 failed=2>"


async def test_a_failing_progress_callback_does_not_stop_the_rows(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script(answer(200, []))

    def broken(done: int, total: int) -> None:
        raise RuntimeError("progress bar fell over")

    async with script.client() as cs:
        result = await cs.contacts.bulk_delete(7, range(1, 21), on_progress=broken)
    assert len(result.succeeded) == 20
    assert "on_progress raised" in caplog.text


async def test_bulk_arguments_are_checked() -> None:
    script = Script(answer(200, []))
    async with script.client() as cs:
        with pytest.raises(ValueError, match="concurrency"):
            await cs.contacts.bulk_delete(7, [1], concurrency=0)
        with pytest.raises(TypeError, match="iterable of rows"):
            await cs.contacts.bulk_create(7, {"phone_number": "1"})  # type: ignore[arg-type]
        empty = await cs.contacts.bulk_create(7, [])
    assert len(empty) == 0
    assert script.requests == []


async def test_bulk_keeps_at_most_concurrency_calls_in_flight() -> None:
    slow = Slow(lambda request: answer(200, []), delay=0.005)
    async with slow.client() as cs:
        result = await cs.contacts.bulk_delete(7, range(1, 61), concurrency=5)
    assert len(result.succeeded) == 60
    assert slow.peak == 5
