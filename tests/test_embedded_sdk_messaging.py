"""A messaging app's flow through the SDK, against the embedded ClickSend.

The SDK sends, reads history, cancels and polls as a user's app does; receipts reach a real
Starlette app on a loopback port, and a lost answer of a send shows up as an outcome the SDK
cannot know while the message is queued exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import anyio
import httpx
import pytest

from clicksend_async import APIConnectionError
from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend

from .scripted import API_KEY, USERNAME
from .test_embedded_messaging import AU_MOBILE, NOW, Receiver

pytestmark = pytest.mark.anyio


@pytest.fixture
def embedded() -> Iterator[EmbeddedClickSend]:
    server = EmbeddedClickSend({USERNAME: API_KEY}, clock=lambda: float(NOW))
    yield server
    server.close()


async def test_send_schedule_cancel_and_poll_through_the_sdk(
    embedded: EmbeddedClickSend,
) -> None:
    later = datetime.fromtimestamp(NOW + 3600, UTC)
    async with embedded.client() as cs:
        sent = await cs.sms.send(
            messages=[
                SmsMessage(to=AU_MOBILE, body="now", custom_string="a"),
                SmsMessage(to=AU_MOBILE, body="later", schedule=later),
                SmsMessage(to="12", body="nobody"),
            ]
        )
        now, scheduled, refused = sent.messages
        assert (now.status, scheduled.status, refused.status) == (
            "SUCCESS",
            "SUCCESS",
            "INVALID_RECIPIENT",
        )
        assert sent.total_price == now.message_price + scheduled.message_price
        await cs.sms.cancel(scheduled.message_id)
        embedded.advance(2)
        history = await cs.sms.history.list()
        assert [(m.body, m.status) for m in history.items] == [
            ("later", "Cancelled"),
            ("now", "Delivered"),
        ]
        receipts = [r async for r in cs.sms.receipts.iter()]
        assert [(r.message_id, r.custom_string) for r in receipts] == [(now.message_id, "a")]
        await cs.sms.receipts.mark_read()
        assert (await cs.sms.receipts.list()).total == 0


async def test_receipts_reach_the_app_on_a_running_clock() -> None:
    live = EmbeddedClickSend({USERNAME: API_KEY})  # the wall clock: receipts come by themselves
    try:
        with Receiver() as receiver:
            live.set_webhook("sms_receipts", receiver.url)
            async with (
                live.serve_in_thread() as base_url,
                live.client(base_url=base_url) as cs,
            ):
                sent = await cs.sms.send(messages=[SmsMessage(to=AU_MOBILE, body="hi")])
            assert await anyio.to_thread.run_sync(receiver.wait_for, 1)
    finally:
        live.close()
    assert receiver.received[0]["fields"]["message_id"] == sent.messages[0].message_id


async def test_a_lost_answer_leaves_one_message_queued(
    embedded: EmbeddedClickSend,
) -> None:
    embedded.inject("drop_after", operation="sms_send")
    async with embedded.client() as cs:
        with pytest.raises(APIConnectionError):
            await cs.sms.send(messages=[SmsMessage(to=AU_MOBILE, body="did it go?")])
    assert [m["body"] for m in embedded.sms()] == ["did it go?"]
    assert embedded.request_counts["sms_send"] == 1  # sending is not safe to repeat


async def test_automation_rules_send_receipts_and_replies_to_the_app(
    embedded: EmbeddedClickSend,
) -> None:
    with Receiver() as receiver:
        async with embedded.client() as cs:
            await cs.automations.sms_receipts.create(
                rule_name="To my app",
                match_type=0,
                action="URL",
                action_address=receiver.url,
                enabled=True,
            )
            await cs.automations.sms_inbound.create(
                dedicated_number="*",
                rule_name="Replies saying STOP",
                message_search_type=1,
                message_search_term="stop",
                action="URL",
                action_address=receiver.url,
                enabled=True,
                webhook_type="json",
            )
            sent = await cs.sms.send(messages=[SmsMessage(to=AU_MOBILE, body="Reply STOP")])
            embedded.advance(2)
            embedded.receive_sms(AU_MOBILE, "+61400000000", "Stop it please")
            embedded.receive_sms(AU_MOBILE, "+61400000000", "Thanks!")  # no rule matches: kept
            assert await anyio.to_thread.run_sync(receiver.wait_for, 2)
            kept = await cs.sms.inbound.list()
            assert [m.body for m in kept.items] == ["Thanks!"]
            assert (await cs.sms.receipts.list()).total == 0
            # A rule switched off: receipts are kept for polling again.
            rules = await cs.automations.sms_receipts.list()
            (rule,) = rules.items
            await cs.automations.sms_receipts.update(
                rule.receipt_rule_id,
                rule_name=rule.rule_name,
                match_type=0,
                action="URL",
                action_address=receiver.url,
                enabled=False,
            )
            await cs.sms.send(messages=[SmsMessage(to=AU_MOBILE, body="Second")])
            embedded.advance(2)
            assert (await cs.sms.receipts.list()).total == 1
    receipt, reply = receiver.received
    assert (receipt["kind"], receipt["fields"]["message_id"]) == (
        "form",
        sent.messages[0].message_id,
    )
    assert (reply["kind"], reply["fields"]["body"]) == ("json", "Stop it please")


async def test_an_automation_rule_needs_a_url_to_call(embedded: EmbeddedClickSend) -> None:
    # The SDK refuses it before sending; the embedded ClickSend refuses it too, as ClickSend
    # would a client that sends it anyway.
    async with embedded.client() as cs:
        with pytest.raises(ValueError, match="action_address must match"):
            await cs.automations.sms_receipts.create(
                rule_name="Broken",
                match_type=0,
                action="URL",
                action_address="not a url",
                enabled=True,
            )
    rule = {
        "rule_name": "Broken",
        "match_type": 0,
        "action": "URL",
        "action_address": "not a url",
        "enabled": 1,
    }
    async with httpx.AsyncClient(
        transport=embedded.transport(), base_url="https://rest.clicksend.com/v3"
    ) as http:
        answer = await http.post("/automations/sms/receipts", json=rule, auth=(USERNAME, API_KEY))
    assert answer.status_code == 400
    assert "action_address" in answer.text
