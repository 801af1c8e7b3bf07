"""send_many against the embedded ClickSend with faults: every message queued exactly once."""

from __future__ import annotations

import random
from collections import Counter

import httpx
import pytest

from clicksend_async import ClickSend, SendManyResult
from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend

pytestmark = pytest.mark.anyio

SENDER, KEY = "sender", "sender-key-0123456789"


class LoseAnswers(httpx.AsyncBaseTransport):
    """Passes requests to the embedded ClickSend; loses 1 answer of `every` sends after the
    send was done (the connection drops once ClickSend has queued the batch)."""

    def __init__(
        self, embedded: EmbeddedClickSend, every: int, seed: int, burst_at: int | None = None
    ) -> None:
        self.embedded = embedded
        self.inner = embedded.transport()
        self.every = every
        self.random = random.Random(seed)
        self.burst_at = burst_at  # after this many sends done, the next 3 sends meet a 5xx
        self.done = 0
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path.endswith("/sms/send") and response.status_code == 200:
            await response.aread()
            self.done += 1
            if self.done == self.burst_at:
                self.embedded.inject("5xx", times=3, operation="sms_send")
            if self.random.randrange(self.every) == 0:
                self.lost += 1
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response


def world(rate_limit: int | None) -> EmbeddedClickSend:
    embedded = EmbeddedClickSend({"other": "other-key"}, rate_limit=rate_limit)
    embedded.add_account(SENDER, KEY, balance="100000")
    return embedded


def client(
    embedded: EmbeddedClickSend, transport: httpx.AsyncBaseTransport, **options: object
) -> ClickSend:
    return embedded.client(
        username=SENDER,
        api_key=KEY,
        http_client=httpx.AsyncClient(transport=transport),
        **options,
    )


def assert_exactly_once(embedded: EmbeddedClickSend, result: SendManyResult, count: int) -> None:
    history = embedded.sms(account=SENDER)
    times = Counter(item["custom_string"] for item in history)
    markers = [outcome.custom_string for outcome in result]
    assert len(set(markers)) == count
    assert sorted(times) == sorted(markers)  # nothing else was queued
    assert set(times.values()) == {1}  # each exactly once
    ids = {item["custom_string"]: item["message_id"] for item in history}
    assert all(outcome.message_id == ids[outcome.custom_string] for outcome in result)


def messages(count: int) -> list[SmsMessage]:
    return [SmsMessage(body=f"Notice {i}", to=f"+6141{i:07d}") for i in range(count)]


async def test_5000_messages_with_lost_answers_5xx_bursts_and_a_rate_limit_each_queued_once() -> (
    None
):
    embedded = world(rate_limit=40)
    lossy = LoseAnswers(embedded, every=10, seed=11, burst_at=25)  # a burst half-way
    embedded.inject("5xx", times=3, operation="sms_send")  # and one at the start
    async with client(embedded, lossy, requests_per_second=50) as cs:
        result = await cs.sms.send_many(messages(5000), batch_size=100, reconcile_delay=0.05)
    assert lossy.lost >= 3
    assert embedded.rate_limited > 0  # the client (50/s) ran into the limit (40/s), and waited
    assert result.counts == {"queued": 5000, "refused": 0, "not_sent": 0, "unknown": 0}
    assert [o.index for o in result] == list(range(5000))
    assert_exactly_once(embedded, result, 5000)
    sends = embedded.request_counts["sms_send"]
    # 50 batches, 6 refused by a 5xx and resent, each lost answer found without a resend.
    assert sends == 50 + 6 + embedded_429s(embedded, "sms_send")
    assert sum(o.sends == 2 for o in result) == 6 * 100
    # A lost answer: one page (a batch of 100); a 5xx: two looks and the check.
    assert result.lookups <= lossy.lost + 3 * 6


def embedded_429s(embedded: EmbeddedClickSend, operation: str) -> int:
    return sum(1 for r in embedded.requests if r.operation == operation and r.status == 429)


async def test_a_bad_message_and_a_refused_one_do_not_stop_the_batch() -> None:
    embedded = world(rate_limit=None)
    batch = messages(5)
    batch[1] = SmsMessage(body="", to="+61411111111")  # the embedded answers 400 for all
    batch[3] = SmsMessage(body="hi", list_id=77)  # no such list: refused
    async with client(embedded, embedded.transport()) as cs:
        result = await cs.sms.send_many(batch)
    assert [o.state for o in result] == ["queued", "not_sent", "queued", "refused", "queued"]
    assert result.outcomes[3].status == "NOT_ENOUGH_PERMISSION_TO_LIST_ID"
    assert embedded.request_counts["sms_send"] == 1


async def test_a_list_message_is_queued_once_per_contact() -> None:
    embedded = world(rate_limit=None)
    list_id = embedded.add_list("Customers", contacts=3, account=SENDER)
    lossy = LoseAnswers(embedded, every=1, seed=0)  # every answer lost
    async with client(embedded, lossy) as cs:
        result = await cs.sms.send_many([SmsMessage(body="hi all", list_id=list_id)])
    (outcome,) = result
    assert outcome.state == "queued"
    assert len(outcome.message_ids) == 3
    assert embedded.request_counts["sms_send"] == 1


async def test_the_embedded_clicksends_own_faults_on_every_call_never_double_a_message() -> None:
    # Faults on sends and look-ups alike: dropped after the send was done, answers cut short
    # or not JSON, 5xx before anything is done. Look-ups are safe to repeat: the client does.
    embedded = EmbeddedClickSend(
        {"other": "other-key"},
        fault_rate=0.3,
        faults=("drop_after", "truncated", "malformed", "5xx"),
        seed=3,
    )
    embedded.add_account(SENDER, KEY, balance="100000")
    async with client(embedded, embedded.transport(), max_retries=8) as cs:
        result = await cs.sms.send_many(messages(1000), batch_size=20, reconcile_delay=0.02)
    faults = Counter(r.fault for r in embedded.requests if r.fault)
    assert faults["drop_after"] + faults["truncated"] + faults["malformed"] >= 5
    assert faults["5xx"] > 0
    times = Counter(item["custom_string"] for item in embedded.sms(account=SENDER))
    assert set(times.values()) == {1}  # never twice
    queued = {o.custom_string for o in result.queued}
    assert queued <= set(times)  # what is reported queued was queued
    # What was not reported queued is "unknown" (with a reason), never silently dropped.
    assert all(o.state == "unknown" and o.error for o in result if o.custom_string not in queued)
    assert result.counts["queued"] == 1000
