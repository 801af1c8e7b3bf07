"""A bulk sender as mypy --strict sees it: `send_many`'s result and outcomes are fully typed."""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

from clicksend_async import ClickSend, SendManyResult, SendOutcome, SendState
from clicksend_async.models import MmsMessage, SmsMessage


async def send_notices(cs: ClickSend, phones: list[str]) -> list[str]:
    kept: list[SendOutcome] = []
    result = await cs.sms.send_many(
        (SmsMessage(body="Your parcel is on its way", to=phone) for phone in phones),
        batch_size=500,
        concurrency=2,
        on_progress=lambda done, total: None,
        on_outcome=kept.append,
        reconcile_delay=10.0,
    )
    assert_type(result, SendManyResult)
    assert_type(result.counts, dict[SendState, int])
    assert_type(result.price, Decimal)
    assert_type(result.parts, int)
    assert_type(result.shared_markers, dict[str, tuple[int, ...]])
    for outcome in result.unknown:
        assert_type(outcome, SendOutcome)
        assert_type(outcome.state, SendState)
        assert_type(outcome.custom_string, str | None)
        assert_type(outcome.message_id, str | None)
        assert_type(outcome.price, Decimal | None)
    mms = await cs.mms.send_many(
        [MmsMessage(subject="Hi", body="See this", to="+61411111111")],
        media_file="https://example.com/a.jpg",
    )
    assert_type(mms, SendManyResult)
    return [o.message_id for o in result.queued if o.message_id is not None]
