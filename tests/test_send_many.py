"""send_many: every message accounted for, in input order; a lost batch never resent blindly."""

from __future__ import annotations

import json
from decimal import Decimal

import anyio
import pytest

from clicksend_async import SendOutcome, sms_parts
from clicksend_async.models import MmsMessage, SmsMessage

from .fake_messaging import FakeMessaging

pytestmark = pytest.mark.anyio

FAST = 0.05  # reconcile_delay where the history has no lag


def num(i: int) -> str:
    return f"+6141{i:07d}"


def sms(n: int, *, start: int = 0, **fields: object) -> list[SmsMessage]:
    return [
        SmsMessage(body=f"Hello {i}", to=num(i), **fields)  # type: ignore[arg-type]
        for i in range(start, start + n)
    ]


def assert_sent_once(fake: FakeMessaging, outcomes: list[SendOutcome]) -> None:
    """Every queued outcome's marker was queued exactly once by ClickSend, and nothing else."""
    queued = [o for o in outcomes if o.state == "queued"]
    assert all(times == 1 for times in fake.queued.values()), fake.queued.most_common(3)
    assert sorted(fake.queued) == sorted(o.custom_string for o in queued)
    ids = {item["message_id"] for item in fake.history}
    assert {o.message_id for o in queued} == ids


async def test_any_number_is_batched_and_every_outcome_is_in_input_order() -> None:
    fake = FakeMessaging()
    messages = sms(2500)
    async with fake.client() as cs:
        result = await cs.sms.send_many(messages, concurrency=3)
    assert fake.requests["send"] == 3  # 1000 + 1000 + 500
    assert [o.index for o in result.outcomes] == list(range(2500))
    assert [o.message for o in result] == messages
    assert result.counts == {"queued": 2500, "refused": 0, "not_sent": 0, "unknown": 0}
    assert result.parts == 2500
    assert result.price == Decimal("0.0770") * 2500
    assert result.requests == 3
    assert result.lookups == 0
    assert result.ok
    assert len({o.custom_string for o in result}) == 2500  # a unique marker each
    assert_sent_once(fake, result.outcomes)


async def test_bad_messages_are_reported_one_by_one_and_the_rest_go_out() -> None:
    fake = FakeMessaging()
    bad = {
        1: SmsMessage(body="", to="+61411111111"),
        2: SmsMessage(body="   ", to="+61411111111"),
        3: SmsMessage(body="hi", to="call me maybe"),
        4: SmsMessage(body="hi", to="+61411111111", list_id=5),
        5: SmsMessage(body="hi"),
        6: "not a message",
    }
    messages: list[object] = sms(8)
    for index, message in bad.items():
        messages[index] = message
    async with fake.client() as cs:
        result = await cs.sms.send_many(messages)  # type: ignore[arg-type]
    assert [o.index for o in result.not_sent] == sorted(bad)
    errors = {o.index: o.error or "" for o in result.not_sent}
    assert "messages[1].body must not be empty" in errors[1]
    assert "messages[2].body must not be empty or blank" in errors[2]
    assert "neither an E.164 number" in errors[3]
    assert "exactly one of to, list_id, not to and list_id" in errors[4]
    assert "exactly one of to, list_id" in errors[5]
    assert "must be SmsMessage, got str" in errors[6]
    assert all(o.sends == 0 for o in result.not_sent)
    assert [o.index for o in result.queued] == [0, 7]
    (body,) = [json.loads(r) for r in fake.sent_bodies]
    assert [m["to"] for m in body["messages"]] == [num(0), num(7)]


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"batch_size": 0}, ValueError, "batch_size must be a whole number of at least 1"),
        ({"batch_size": 1001}, ValueError, "between 1 and 1000"),
        ({"batch_size": True}, ValueError, "batch_size"),
        ({"concurrency": 0}, ValueError, "concurrency"),
        ({"reconcile_delay": -1}, ValueError, "reconcile_delay"),
    ],
)
async def test_arguments_out_of_range_fail_the_whole_call_before_sending(
    options: dict[str, object], error: type[Exception], match: str
) -> None:
    fake = FakeMessaging()
    async with fake.client() as cs:
        with pytest.raises(error, match=match):
            await cs.sms.send_many(sms(3), **options)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="iterable of SmsMessage"):
            await cs.sms.send_many(sms(1)[0])  # type: ignore[arg-type]
    assert not fake.requests


async def test_refused_messages_carry_clicksends_status_and_cost_nothing() -> None:
    fake = FakeMessaging(refuse=frozenset({num(1)}))
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(3))
    (refused,) = result.refused
    assert (refused.index, refused.status, refused.price) == (1, "INVALID_RECIPIENT", None)
    assert result.counts["queued"] == 2
    assert result.ok


async def test_a_batch_done_but_whose_answer_was_lost_is_found_in_the_history() -> None:
    fake = FakeMessaging(script=["ok", "lost", "ok"])
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(250), batch_size=100, concurrency=1)
    assert result.counts["queued"] == 250
    assert fake.requests["send"] == 3  # nothing resent
    assert fake.requests["history"] == 1  # one search by the batch's prefix: one page
    assert result.lookups == 1
    assert result.requests == 4
    lost = result.outcomes[100:200]
    assert all(o.status == "Queued" and o.message_id and o.parts == 1 for o in lost)
    assert_sent_once(fake, result.outcomes)


async def test_a_lost_batch_of_1000_costs_ten_pages_looked_up_at_once() -> None:
    fake = FakeMessaging(script=["lost"])
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(1000))
    assert result.counts["queued"] == 1000
    assert fake.requests["history"] == 10
    assert_sent_once(fake, result.outcomes)


@pytest.mark.parametrize("fault", ["5xx", "malformed"])
async def test_a_batch_clicksend_never_received_is_sent_again_once(fault: str) -> None:
    # "malformed" was done: found, not resent. "5xx" was not: shown absent, then resent.
    fake = FakeMessaging(script=["ok", fault, "ok"])
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(30), batch_size=10, concurrency=1, reconcile_delay=FAST)
    assert result.counts["queued"] == 30
    resent = fault == "5xx"
    assert fake.requests["send"] == 3 + resent
    assert [o.sends for o in result.outcomes[10:20]] == [1 + resent] * 10
    assert_sent_once(fake, result.outcomes)


async def test_the_first_batch_lost_before_any_other_is_answered_is_resent_after_the_delay() -> (
    None
):
    fake = FakeMessaging(script=["5xx"])
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(5), reconcile_delay=FAST)
    assert result.counts["queued"] == 5
    assert fake.events == ["send", "history", "history", "send"]
    assert_sent_once(fake, result.outcomes)


async def test_a_batch_shown_absent_is_checked_against_a_message_sent_after_it_failed() -> None:
    # Sends take longer than the delay: when the failed batch has looked twice, the only
    # message known queued is from the batch sent beside it, before the failure.
    fake = FakeMessaging(script=["5xx"], send_delay=0.2)
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(40), batch_size=10, concurrency=2, reconcile_delay=0.02)
    assert result.counts["queued"] == 40
    assert_sent_once(fake, result.outcomes)
    # Two looks for the batch, then the check: a part of the marker of a message whose batch
    # was sent after the failure (batch 2 or later), found, so the history is caught up.
    look, again, check = fake.searches[:3]
    assert look == again
    batch = int(check.removeprefix("custom_string:").split("-")[1])
    assert batch >= 2


async def test_history_lag_within_the_delay_costs_a_second_look_not_a_duplicate() -> None:
    fake = FakeMessaging(script=["lost"], lag=0.3)
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(20), reconcile_delay=0.6)
    assert result.counts["queued"] == 20
    assert fake.events == ["send", "history", "history"]
    assert_sent_once(fake, result.outcomes)


async def test_history_lag_beyond_the_delay_is_caught_by_a_message_known_queued() -> None:
    # The lost batch and the answered one before it both lag: the answered one is not in the
    # history either, so "not found" proves nothing: unknown, never resent.
    fake = FakeMessaging(script=["ok", "lost"], lag=5.0)
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(20), batch_size=10, concurrency=1, reconcile_delay=FAST)
    assert fake.requests["send"] == 2
    assert result.counts == {"queued": 10, "refused": 0, "not_sent": 0, "unknown": 10}
    assert all(
        "history lags or its search does not match" in (o.error or "") for o in result.unknown
    )
    assert all(o.sends == 1 for o in result.unknown)
    assert all(times == 1 for times in fake.queued.values())


@pytest.mark.parametrize("search", ["nothing", "whole"])
async def test_a_search_that_matches_nothing_never_leads_to_a_resend(search: str) -> None:
    fake = FakeMessaging(script=["ok", "lost"], search=search)  # type: ignore[arg-type]
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(20), batch_size=10, concurrency=1, reconcile_delay=FAST)
    assert fake.requests["send"] == 2
    assert result.counts["unknown"] == 10
    assert result.counts["queued"] == 10
    assert all(times == 1 for times in fake.queued.values())


async def test_partial_presence_resends_nothing_refused_ones_are_priced() -> None:
    # In the lost batch: 1 refused (never in the history), 2 late in the history, 7 shown.
    late = frozenset({num(3), num(4)})
    fake = FakeMessaging(script=["lost"], refuse=frozenset({num(2)}), lag=5.0, slow=late)
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(10), reconcile_delay=FAST)
    assert fake.requests["send"] == 1
    assert fake.requests["price"] == 1
    states = [o.state for o in result]
    assert states.count("queued") == 7
    assert (states[2], result.outcomes[2].status) == ("refused", "INVALID_RECIPIENT")
    assert states[3] == states[4] == "unknown"
    assert "may only be late there" in (result.outcomes[3].error or "")


async def test_the_callers_own_custom_string_is_the_marker_when_unique() -> None:
    fake = FakeMessaging(script=["lost"])
    messages = [
        SmsMessage(body="a", to="+61411111111", custom_string="order-1"),
        SmsMessage(body="b", to="+61411111112", custom_string="order-2"),
        SmsMessage(body="c", to="+61411111113", custom_string="dup"),
        SmsMessage(body="d", to="+61411111114", custom_string="dup"),
        SmsMessage(body="e", to="+61411111115"),
    ]
    async with fake.client() as cs:
        result = await cs.sms.send_many(messages, reconcile_delay=FAST)
    assert result.shared_markers == {"dup": (2, 3)}
    assert [o.custom_string for o in result][:4] == ["order-1", "order-2", "dup", "dup"]
    assert [o.state for o in result] == ["queued", "queued", "unknown", "unknown", "queued"]
    assert "shared by messages 2, 3" in (result.outcomes[2].error or "")
    sent = json.loads(fake.sent_bodies[0])["messages"]
    assert [m["custom_string"] for m in sent][:4] == ["order-1", "order-2", "dup", "dup"]
    assert fake.requests["send"] == 1


async def test_a_whole_request_refused_is_not_sent_and_the_other_batches_go_out() -> None:
    fake = FakeMessaging(script=["ok", "credit", "ok"])
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(30), batch_size=10, concurrency=1)
    assert [o.state for o in result][9:11] == ["queued", "not_sent"]
    assert result.counts == {"queued": 20, "refused": 0, "not_sent": 10, "unknown": 0}
    assert "INSUFFICIENT_CREDIT" in (result.outcomes[15].error or "")


async def test_a_rate_limit_past_the_clients_retries_is_sent_again_not_lost() -> None:
    fake = FakeMessaging(script=["429", "429", "429", "ok"])
    async with fake.client(max_retries=2) as cs:
        result = await cs.sms.send_many(sms(5))
    assert result.counts["queued"] == 5
    assert fake.requests["send"] == 4
    assert [o.sends for o in result] == [2] * 5
    assert_sent_once(fake, result.outcomes)


async def test_parts_are_counted_before_sending_and_progress_is_reported() -> None:
    fake = FakeMessaging()
    long = "x" * 161
    progress: list[tuple[int, int]] = []
    messages = [SmsMessage(body=long, to="+61411111111"), SmsMessage(body="é😀", to="+61411111112")]
    async with fake.client() as cs:
        result = await cs.sms.send_many(messages, on_progress=lambda d, t: progress.append((d, t)))
    assert (
        [o.estimated_parts for o in result]
        == [2, 1]
        == [
            sms_parts(long).parts,
            sms_parts("é😀").parts,
        ]
    )
    assert result.estimated_parts == 3
    assert progress == [(1, 2), (2, 2)]


async def test_cancelled_mid_run_every_message_gets_one_outcome_through_on_outcome() -> None:
    seen: list[SendOutcome] = []
    scope = anyio.CancelScope()
    # The third send is done, then the run is cancelled before its answer is read.
    fake = FakeMessaging(after_send=lambda n: scope.cancel() if n == 3 else None)
    async with fake.client() as cs:
        with scope:
            await cs.sms.send_many(sms(100), batch_size=10, concurrency=1, on_outcome=seen.append)
    assert scope.cancelled_caught
    assert sorted(o.index for o in seen) == list(range(100))
    states = {o.index: o.state for o in seen}
    assert [i for i, s in states.items() if s == "queued"] == list(range(20))
    assert [states[i] for i in range(20, 30)] == ["unknown"] * 10
    in_flight = [o for o in seen if o.state == "unknown"]
    assert all("look it up by its custom_string" in (o.error or "") for o in in_flight)
    assert {states[i] for i in range(30, 100)} == {"not_sent"}
    # ClickSend queued what was reported queued and the batch in flight: nothing else.
    assert set(fake.queued) == {o.custom_string for o in seen if o.state in ("queued", "unknown")}


async def test_mms_send_many_is_the_same_code() -> None:
    fake = FakeMessaging(script=["lost"])
    messages = [MmsMessage(subject="s", body=f"b{i}", to=f"+6141111111{i}") for i in range(3)]
    async with fake.client() as cs:
        result = await cs.mms.send_many(
            messages, media_file="https://example.com/a.jpg", reconcile_delay=FAST
        )
        with pytest.raises(ValueError, match="media_file"):
            await cs.mms.send_many(messages, media_file=" ")
    assert result.counts["queued"] == 3
    assert fake.requests["send"] == 1
    assert json.loads(fake.sent_bodies[0])["media_file"] == "https://example.com/a.jpg"
    assert result.estimated_parts == 0


async def test_a_history_that_cannot_be_read_leaves_the_lost_batch_unknown_without_raising() -> (
    None
):
    fake = FakeMessaging(script=["ok", "lost"], history_fails=True)
    async with fake.client(max_retries=1) as cs:
        result = await cs.sms.send_many(sms(20), batch_size=10, concurrency=1)
    assert result.counts == {"queued": 10, "refused": 0, "not_sent": 0, "unknown": 10}
    assert "looking it up in the history failed (InternalServerError" in (
        result.outcomes[10].error or ""
    )
    assert fake.requests["send"] == 2


async def test_caller_markers_in_a_busy_history_are_searched_one_by_one() -> None:
    fake = FakeMessaging(script=["ok", "lost"])
    own = [
        SmsMessage(body="x", to=num(i), custom_string=name)
        for i, name in enumerate(["alpha", "bravo", "charlie"])
    ]
    async with fake.client() as cs:
        await cs.sms.send_many(sms(1000, start=100))  # 10 pages of other messages
        result = await cs.sms.send_many(own)
    assert result.counts["queued"] == 3
    assert [o.custom_string for o in result] == ["alpha", "bravo", "charlie"]
    # No common prefix: one page of the whole window tells it is 11 pages; three searches
    # of one page each are cheaper.
    assert fake.requests["history"] == 1 + 3
    assert result.lookups == 4
    assert fake.requests["send"] == 2


async def test_a_callback_that_raises_is_dropped_and_the_run_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[int] = []

    def broken(outcome: SendOutcome) -> None:
        calls.append(outcome.index)
        raise RuntimeError("boom")

    fake = FakeMessaging()
    async with fake.client() as cs:
        result = await cs.sms.send_many(sms(5), on_outcome=broken, on_progress=broken)  # type: ignore[arg-type]
    assert result.counts["queued"] == 5
    assert calls == [0]  # each called once, then dropped
    assert "on_outcome raised" in caplog.text
