"""Sending calls on the wire: typed messages in, per-message statuses out, bad input refused.

Against a scripted ClickSend (tests/scripted.py): what `send`/`price` put on the wire for the
message models, that a refused message is visible (typed) on its own entry of a 200 answer,
that bad messages fail before anything is sent with a message saying what to fix, and that
`uploads.create` reads bytes, paths and files.
"""

from __future__ import annotations

import base64
import io
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from clicksend_async import ResponseCode
from clicksend_async.models import (
    EmailFrom,
    EmailRecipient,
    MmsMessage,
    PostRecipient,
    SmsMessage,
    VoiceMessage,
)

from .scripted import Script, answer, page_of

pytestmark = pytest.mark.anyio

SENT = {
    "total_price": "0.1540",
    "total_count": 2,
    "queued_count": 1,
    "messages": [
        {
            "status": "SUCCESS",
            "message_id": "BF7AD270-0DE2-418B-B606-71D527D9C1AE",
            "to": "+61411111111",
            "body": "Hello",
            "from": "sendmobile",
            "date": 1436871253,
            "schedule": "",
            "message_parts": 1,
            "message_price": 0.077,
            "custom_string": "order-1",
        },
        {"status": "INVALID_RECIPIENT", "to": "+000", "body": "Hello", "message_price": "0.0000"},
    ],
    "_currency": {
        "currency_name_short": "AUD",
        "currency_prefix_d": "$",
        "currency_prefix_c": "c",
        "currency_name_long": "Australian Dollars",
    },
}


async def test_sms_send_sends_the_messages_and_reads_each_ones_status() -> None:
    script = Script(answer(200, SENT))
    async with script.client() as cs:
        result = await cs.sms.send(
            messages=[
                SmsMessage(
                    to="+61411111111",
                    body="Hello",
                    from_="sendmobile",
                    custom_string="order-1",
                    schedule=datetime(2030, 1, 1, tzinfo=UTC),
                ),
                SmsMessage(to="+000", body="Hello"),
            ]
        )
    (request,) = script.requests
    assert (request.method, request.url.path) == ("POST", "/v3/sms/send")
    assert json.loads(request.content) == {
        "messages": [
            {
                "to": "+61411111111",
                "body": "Hello",
                "from": "sendmobile",
                "custom_string": "order-1",
                "schedule": 1893456000,
            },
            {"to": "+000", "body": "Hello"},
        ]
    }
    # A refusal inside a 200 answer raises nothing: each message carries its own status.
    first, second = result.messages
    assert first.status == ResponseCode.SUCCESS
    assert second.status == ResponseCode.INVALID_RECIPIENT
    assert first.message_price == Decimal("0.077")
    assert second.message_price == Decimal("0")
    assert first.schedule is None  # "" means "now"
    assert first.date == 1436871253
    assert result.total_price == Decimal("0.1540")
    assert result.queued_count == 1


async def test_more_than_1000_messages_in_one_send_is_refused_before_sending() -> None:
    script = Script(answer(200, SENT))
    async with script.client() as cs:
        with pytest.raises(
            ValueError, match=r"messages may hold at most 1000, got 1001; send_many"
        ):
            await cs.sms.send(messages=[SmsMessage(to="+61411111111", body="x")] * 1001)
        with pytest.raises(ValueError, match="messages must hold at least 1, got 0"):
            await cs.sms.price(messages=[])
    assert script.requests == []


async def test_a_message_without_recipient_or_with_two_is_refused_naming_it() -> None:
    script = Script(answer(200, SENT))
    async with script.client() as cs:
        with pytest.raises(ValueError, match=r"sms\.send: messages\[1\]: give exactly one of"):
            await cs.sms.send(
                messages=[SmsMessage(to="+61411111111", body="ok"), SmsMessage(body="no one")]
            )
        with pytest.raises(ValueError, match=r"messages\[0\]: give exactly one of to, list_id"):
            await cs.sms.send(messages=[SmsMessage(to="+61411111111", list_id=5, body="both")])
        with pytest.raises(ValueError, match=r"messages\[0\]\.body must not be empty or blank"):
            await cs.sms.send(messages=[SmsMessage(to="+61411111111", body="")])
        with pytest.raises(TypeError, match=r"messages\[0\] must be SmsMessage, got dict"):
            await cs.sms.send(messages=[{"to": "+61411111111", "body": "x"}])  # type: ignore[list-item]
    assert script.requests == []
    with pytest.raises(TypeError, match="body"):
        SmsMessage(to="+61411111111")  # type: ignore[call-arg]


def test_a_naive_schedule_is_refused_when_the_message_is_built() -> None:
    with pytest.raises(ValueError, match="has no time zone: pass an aware one"):
        SmsMessage(to="+61411111111", body="x", schedule=datetime(2020, 1, 1))
    assert SmsMessage(to="+1", body="x", schedule=1_600_000_000).schedule == 1_600_000_000


async def test_an_mms_subject_over_20_characters_is_refused() -> None:
    script = Script(answer(200, SENT))
    async with script.client() as cs:
        with pytest.raises(ValueError, match=r"messages\[0\]\.subject may be at most 20"):
            await cs.mms.send(
                media_file="https://example.com/a.jpg",
                messages=[MmsMessage(to="+61411111111", body="x", subject="s" * 21)],
            )
    assert script.requests == []


async def test_a_letter_goes_out_with_its_flags_as_0_1_and_needs_a_return_address() -> None:
    with pytest.raises(TypeError, match="return_address_id"):
        PostRecipient(  # type: ignore[call-arg]
            address_name="Ellen",
            address_line_1="1 Main St",
            address_city="Perth",
            address_state="WA",
            address_postal_code="6000",
            address_country="AU",
        )
    recipient = PostRecipient(
        address_name="Ellen",
        address_line_1="1 Main St",
        address_city="Perth",
        address_state="WA",
        address_postal_code="6000",
        address_country="AU",
        return_address_id=7,
    )
    letter = {"total_price": "1.23", "total_count": 1, "queued_count": 1, "recipients": []}
    script = Script(answer(200, letter))
    async with script.client() as cs:
        await cs.post.letters.send(
            file_url="https://example.com/letter.pdf",
            recipients=[recipient],
            colour=True,
            duplex=False,
        )
    body = json.loads(script.requests[0].content)
    assert (body["colour"], body["duplex"]) == (1, 0)
    assert body["recipients"][0]["return_address_id"] == 7


async def test_voice_and_email_take_their_models() -> None:
    script = Script(answer(200, {"messages": []}))
    async with script.client() as cs:
        await cs.voice.price(
            messages=[VoiceMessage(to="+61411111111", body="Hi", voice="female", lang="en-au")]
        )
        with pytest.raises(ValueError, match=r"messages\[0\]\.voice"):
            await cs.voice.price(
                messages=[VoiceMessage(to="+61411111111", body="Hi", voice="robot", lang="en-au")]  # type: ignore[arg-type]
            )
    assert json.loads(script.requests[0].content)["messages"][0]["voice"] == "female"
    assert len(script.requests) == 1
    recipient = EmailRecipient(email="a@example.com", name="A")
    sender = EmailFrom(email_address_id=3, name="Shop")
    assert recipient.to_dict() == {"email": "a@example.com", "name": "A"}
    assert sender.to_dict()["email_address_id"] == 3


UPLOADED = {"_url": "https://files.example/converted.pdf", "upload_id": 15, "user_id": 1}


async def test_uploads_create_reads_bytes_paths_and_binary_files(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 hello")
    script = Script(answer(200, UPLOADED))
    async with script.client() as cs:
        from_bytes = await cs.uploads.create(b"%PDF-1.4 hello", convert="post")
        from_path = await cs.uploads.create(pdf, convert="post")
        from_str = await cs.uploads.create(str(pdf), convert="fax")
        with pdf.open("rb") as file:
            from_file = await cs.uploads.create(file, convert="postcard")
    assert {from_bytes, from_path, from_str, from_file} == {UPLOADED["_url"]}
    for request in script.requests:
        assert request.url.path == "/v3/uploads"
        assert base64.b64decode(json.loads(request.content)["content"]) == b"%PDF-1.4 hello"
    assert [r.url.params["convert"] for r in script.requests] == ["post", "post", "fax", "postcard"]


async def test_uploads_create_refuses_what_clicksend_cannot_take(tmp_path: Path) -> None:
    script = Script(answer(200, UPLOADED))
    async with script.client() as cs:
        with pytest.raises(ValueError, match="convert must be one of fax, mms, csv, post"):
            await cs.uploads.create(b"x", convert="pdf")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"cannot read .*missing\.pdf"):
            await cs.uploads.create(tmp_path / "missing.pdf", convert="post")
        with pytest.raises(ValueError, match="for mms may be at most 250 kB, this one is 251 kB"):
            await cs.uploads.create(b"\0" * (251 * 1024), convert="mms")
        with pytest.raises(ValueError, match="the file is empty"):
            await cs.uploads.create(b"", convert="fax")
        with pytest.raises(TypeError, match="binary mode"):
            await cs.uploads.create(io.StringIO("text"), convert="csv")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="bytes, a path or a binary file, got int"):
            await cs.uploads.create(42, convert="csv")  # type: ignore[arg-type]
    assert script.requests == []


@pytest.mark.parametrize(("page", "has_next"), [(1, True), (2, True), (3, False)])
async def test_has_next_on_the_first_a_middle_and_the_last_page(page: int, has_next: bool) -> None:
    items: list[dict[str, Any]] = [
        {"template_id": i, "template_name": f"t{i}", "body": "b"} for i in range(15)
    ]
    script = Script(answer(200, page_of(items, page, 15, 45)))
    async with script.client() as cs:
        listed = await cs.sms.templates.list(page=page)
    assert (listed.current_page, listed.last_page) == (page, 3)
    assert listed.has_next is has_next


async def test_a_blank_body_counts_as_no_body() -> None:
    script = Script(answer(200, SENT))
    async with script.client() as cs:
        with pytest.raises(ValueError, match=r"messages\[0\]\.body must not be empty or blank"):
            await cs.sms.send(messages=[SmsMessage(to="+61411111111", body="   ")])
    assert script.requests == []
