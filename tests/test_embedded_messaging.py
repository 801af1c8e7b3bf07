"""The embedded ClickSend's messaging engine: parts, credit, statuses, schedules, receipts, inbound.

Requests go over HTTP as any client sends them (in-process, or to the loopback server); receipts
and inbound messages are called, for real, to a Starlette app served by uvicorn on 127.0.0.1.
The clock is fixed, so time moves only when a test calls `advance`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import anyio
import httpx
import pytest
import uvicorn
from hypothesis import given
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from clicksend_async import sms_parts
from clicksend_async.testing import IN_PROCESS_BASE_URL, EmbeddedClickSend
from clicksend_async.testing._messaging.parts import count_parts

from .scripted import API_KEY, USERNAME

NOW = 1_800_000_000
AU_MOBILE = "+61400000001"
TEST_NUMBER = "+61411111111"


@pytest.fixture
def embedded() -> Iterator[EmbeddedClickSend]:
    server = EmbeddedClickSend({USERNAME: API_KEY}, clock=lambda: float(NOW))
    yield server
    server.close()


def _client(embedded: EmbeddedClickSend, username: str = USERNAME) -> httpx.AsyncClient:
    key = API_KEY if username == USERNAME else "D83DED51-9E35-4D42-9BB9-0E34B7CA85AE"
    return httpx.AsyncClient(
        transport=embedded.transport(), base_url=IN_PROCESS_BASE_URL, auth=(username, key)
    )


async def _send(
    http: httpx.AsyncClient, *messages: dict[str, Any], path: str = "/sms/send"
) -> httpx.Response:
    return await http.post(IN_PROCESS_BASE_URL + path, json={"messages": list(messages)})


def _data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


# ---------------------------------------------------------------------------------- SMS parts


@pytest.mark.parametrize(
    ("body", "encoding", "length", "parts"),
    [
        ("", "GSM-7", 0, 1),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("{" * 80, "GSM-7", 160, 1),  # extension characters count twice
        ("a" * 159 + "€", "GSM-7", 161, 2),
        ("[]" * 40 + "~", "GSM-7", 162, 2),
        ("Ç@£$¥èéùìò\n", "GSM-7", 11, 1),  # all in the basic table
        ("ж" * 70, "UCS-2", 70, 1),
        ("ж" * 71, "UCS-2", 71, 2),
        ("ж" * 134, "UCS-2", 134, 2),
        ("ж" * 135, "UCS-2", 135, 3),
        ("ç" + "a" * 69, "UCS-2", 70, 1),  # lower-case ç is not GSM-7: the whole body is UCS-2
        ("😀" * 35, "UCS-2", 70, 1),  # outside the BMP: two UTF-16 units each
        ("😀" * 36, "UCS-2", 72, 2),
        ("{" * 70 + "ж", "UCS-2", 71, 2),  # in UCS-2 an extension character is one unit
    ],
)
def test_sms_parts_are_counted_as_clicksend_counts_them(
    body: str, encoding: str, length: int, parts: int
) -> None:
    counted = count_parts(body)
    assert (counted.encoding, counted.length, counted.parts) == (encoding, length, parts)


# ----------------------------------------------------------------------------- send and credit


@pytest.mark.anyio
async def test_sending_spends_credit_by_parts_and_test_numbers_are_free(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        data = _data(
            await _send(
                http,
                {"to": AU_MOBILE, "body": "a" * 200, "custom_string": "order-1"},
                {"to": TEST_NUMBER, "body": "free"},
            )
        )
    first, second = data["messages"]
    assert (first["status"], first["message_parts"], first["message_price"]) == (
        "SUCCESS",
        2,
        "0.1584",
    )
    assert (second["status"], second["message_price"]) == ("SUCCESS", "0.0000")
    assert first["message_id"] != second["message_id"]
    assert len(first["message_id"]) == 36
    assert (data["total_count"], data["queued_count"], data["total_price"]) == (2, 2, 0.1584)
    assert embedded.balance() == before - Decimal("0.1584")
    history = embedded.sms()
    assert [m["message_id"] for m in history] == [first["message_id"], second["message_id"]]
    assert history[0]["message_parts"] == "2.00"
    assert history[0]["message_price"] == "0.158400"


@pytest.mark.anyio
async def test_a_bad_recipient_gets_its_own_status_inside_a_200(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        data = _data(
            await _send(
                http,
                {"to": "not a number", "body": "hi"},
                {"to": AU_MOBILE, "body": "hi"},
                {"list_id": 999, "body": "hi"},
            )
        )
    assert [m["status"] for m in data["messages"]] == [
        "INVALID_RECIPIENT",
        "SUCCESS",
        "NOT_ENOUGH_PERMISSION_TO_LIST_ID",
    ]
    assert "message_id" not in data["messages"][0]
    assert (data["total_count"], data["queued_count"]) == (3, 1)
    assert embedded.balance() == before - Decimal("0.0792")
    assert len(embedded.sms()) == 1


@pytest.mark.anyio
async def test_a_list_id_sends_to_every_contact_with_a_phone_number(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Customers", contacts=3)
    async with _client(embedded) as http:
        data = _data(await _send(http, {"list_id": list_id, "body": "Sale!"}))
    assert [m["list_id"] for m in data["messages"]] == [list_id] * 3
    assert [m["to"] for m in data["messages"]] == [
        c["phone_number"] for c in embedded.contacts(list_id)
    ]


@pytest.mark.anyio
async def test_nocredit_is_refused_as_a_whole(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded, "nocredit") as http:
        response = await _send(http, {"to": TEST_NUMBER, "body": "free, still refused"})
    assert response.status_code == 403
    assert response.json()["response_code"] == "INSUFFICIENT_CREDIT"
    assert embedded.sms(account="nocredit") == []


@pytest.mark.anyio
async def test_credit_short_of_the_batch_sends_nothing() -> None:
    embedded = EmbeddedClickSend({USERNAME: API_KEY}, clock=lambda: float(NOW))
    embedded.add_account("poor", "poor-key", balance="0.1000")
    async with httpx.AsyncClient(
        transport=embedded.transport(), base_url=IN_PROCESS_BASE_URL, auth=("poor", "poor-key")
    ) as http:
        response = await _send(http, {"to": AU_MOBILE, "body": "a"}, {"to": AU_MOBILE, "body": "b"})
        assert response.status_code == 403
        assert response.json()["response_code"] == "INSUFFICIENT_CREDIT"
        assert embedded.balance("poor") == Decimal("0.1000")
        assert _data(await _send(http, {"to": AU_MOBILE, "body": "one fits"}))["queued_count"] == 1
    assert embedded.balance("poor") == Decimal("0.0208")


@pytest.mark.anyio
async def test_usage_counts_what_was_sent_that_month(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        sent = _data(
            await _send(
                http,
                {"to": AU_MOBILE, "body": "a" * 200},
                {"to": TEST_NUMBER, "body": "free"},
                {"to": AU_MOBILE, "body": "cancelled", "schedule": NOW + 60},
            )
        )
        _data(await http.put(f"/sms/{sent['messages'][2]['message_id']}/cancel"))
        usage = _data(await http.get("/account/usage/2027/1/subaccount"))  # NOW is in 2027-01
        before = _data(await http.get("/account/usage/2026/12/subaccount"))
    assert (usage["sms"][0]["total_count"], usage["sms"][0]["total_price"]) == ("3.00", "0.1584")
    assert usage["sms_total"] == {"count": 2, "price": "0.1584"}
    assert before["sms_total"]["count"] == 0
    assert usage["voice_total"]["count"] == 0


@pytest.mark.anyio
async def test_more_than_1000_messages_are_refused(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        response = await _send(http, *[{"to": TEST_NUMBER, "body": "x"}] * 1001)
    assert response.status_code == 400
    assert response.json()["response_code"] == "TOO_MANY_RECIPIENTS"
    assert embedded.sms() == []


@pytest.mark.anyio
async def test_price_answers_the_same_figures_and_changes_nothing(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        priced = _data(await _send(http, {"to": AU_MOBILE, "body": "ж" * 71}, path="/sms/price"))
    assert priced["messages"][0]["message_parts"] == 2
    assert priced["total_price"] == 0.1584
    assert "message_id" not in priced["messages"][0]
    assert embedded.balance() == before
    assert embedded.sms() == []


# ------------------------------------------------------------------- statuses, schedule, cancel


@pytest.mark.anyio
async def test_a_message_is_delivered_on_the_clock_and_its_receipt_is_kept_for_polling(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded) as http:
        sent = _data(await _send(http, {"to": AU_MOBILE, "body": "hi", "custom_string": "c-1"}))
        message_id = sent["messages"][0]["message_id"]
        assert embedded.sms()[0]["status"] == "Sent"
        assert _data(await http.get("/sms/receipts"))["total"] == 0
        embedded.advance(1)
        assert embedded.sms()[0]["status"] == "Sent"
        embedded.advance(1)
        assert embedded.sms()[0]["status"] == "Delivered"
        receipts = _data(await http.get("/sms/receipts"))["data"]
        assert [(r["message_id"], r["status_code"], r["custom_string"]) for r in receipts] == [
            (message_id, "201", "c-1")
        ]
        assert receipts[0]["timestamp"] == str(NOW + 2)
        assert _data(await http.get(f"/sms/receipts/{message_id}"))["message_id"] == message_id
        assert (
            await http.get("/sms/receipts/00000000-0000-4000-8000-000000000000")
        ).status_code == 404
        _data(await http.put("/sms/receipts-read", json={"date_before": NOW}))
        assert _data(await http.get("/sms/receipts"))["total"] == 1  # made at NOW + 2
        _data(await http.put("/sms/receipts-read", json={}))
        assert _data(await http.get("/sms/receipts"))["total"] == 0


@pytest.mark.anyio
async def test_a_scheduled_message_waits_and_can_be_cancelled_for_its_credit(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        sent = _data(
            await _send(
                http,
                {"to": AU_MOBILE, "body": "later", "schedule": NOW + 3600},
                {"to": AU_MOBILE, "body": "later too", "schedule": NOW + 3600},
                {"to": AU_MOBILE, "body": "tagged", "schedule": NOW + 60, "custom_string": "t"},
            )
        )
        first, second, tagged = (m["message_id"] for m in sent["messages"])
        assert [m["status"] for m in embedded.sms()] == ["Scheduled"] * 3
        assert embedded.balance() == before - 3 * Decimal("0.0792")
        _data(await http.put(f"/sms/{first}/cancel"))
        assert embedded.balance() == before - 2 * Decimal("0.0792")
        again = await http.put(f"/sms/{first}/cancel")
        assert again.status_code == 400
        assert "cancelled" in again.json()["response_msg"]
        assert (await http.put("/sms/not-an-id/cancel")).status_code == 404
        assert _data(await http.put("/sms/cancel-all", json={"custom_string": "t"})) == {"count": 1}
        embedded.advance(3600)
        statuses = {m["message_id"]: m["status"] for m in embedded.sms()}
        assert statuses == {first: "Cancelled", second: "Sent", tagged: "Cancelled"}
        embedded.advance(2)
        assert {m["message_id"]: m["status"] for m in embedded.sms()}[second] == "Delivered"
        late = await http.put(f"/sms/{second}/cancel")
        assert late.status_code == 400


@pytest.mark.anyio
async def test_history_pages_dates_search_and_export(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        for i in range(20):
            custom = "vip" if i % 5 == 0 else f"n{i}"
            _data(await _send(http, {"to": TEST_NUMBER, "body": f"#{i}", "custom_string": custom}))
            embedded.advance(10)
        page = _data(await http.get("/sms/history", params={"page": 2, "limit": 15}))
        assert (page["total"], page["last_page"], len(page["data"])) == (20, 2, 5)
        found = _data(await http.get("/sms/history", params={"q": "custom_string:vip"}))
        assert [m["body"] for m in found["data"]] == ["#15", "#10", "#5", "#0"]  # newest first
        dated = _data(
            await http.get("/sms/history", params={"date_from": NOW + 50, "date_to": NOW + 99})
        )
        assert [m["body"] for m in dated["data"]] == ["#9", "#8", "#7", "#6", "#5"]
        bad = await http.get("/sms/history", params={"date_from": "yesterday"})
        assert bad.status_code == 400
        url = _data(await http.get("/sms/history/export", params={"filename": "x.csv"}))["url"]
    csv = embedded.file(url).decode()
    lines = csv.strip().splitlines()
    assert len(lines) == 21
    assert "message_id" in lines[0]
    assert all(m["message_id"] in csv for m in embedded.sms())


@pytest.mark.anyio
async def test_an_inbound_reply_is_kept_for_polling(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        sent = _data(
            await _send(http, {"to": AU_MOBILE, "body": "Reply YES", "custom_string": "q"})
        )
        original = sent["messages"][0]["message_id"]
        reply = embedded.receive_sms(AU_MOBILE, "+61400999999", "Yes please")
        assert reply["original_message_id"] == original
        listed = _data(await http.get("/sms/inbound"))["data"]
        assert [(m["body"], m["_keyword"], m["custom_string"]) for m in listed] == [
            ("Yes please", "yes", "q")
        ]
        assert listed[0]["original_body"] == "Reply YES"
        assert (
            _data(await http.get(f"/sms/inbound/{original}"))["message_id"] == reply["message_id"]
        )
        _data(await http.put(f"/sms/inbound-read/{reply['message_id']}"))
        assert _data(await http.get("/sms/inbound"))["total"] == 0
        embedded.receive_sms("+61400888888", "+61400999999", "who is this")
        _data(await http.put("/sms/inbound-read", json={}))
        assert _data(await http.get("/sms/inbound"))["total"] == 0


@pytest.mark.anyio
async def test_an_answer_lost_after_sending_leaves_the_message_queued(
    embedded: EmbeddedClickSend,
) -> None:
    embedded.inject("drop_after", operation="sms_send")
    async with _client(embedded) as http:
        with pytest.raises(httpx.TransportError):
            await _send(http, {"to": AU_MOBILE, "body": "did it go?"})
    assert [m["body"] for m in embedded.sms()] == ["did it go?"]
    assert embedded.requests[-1].fault == "drop_after"


# ---------------------------------------------------------------------- webhooks, for real


class Receiver:
    """A Starlette app on a loopback port that records what it is sent."""

    def __init__(self, failures: int = 0) -> None:
        self.received: list[dict[str, Any]] = []
        self.failures = failures
        self._lock = threading.Condition()
        app = Starlette(routes=[Route("/hook", self._hook, methods=["GET", "POST"])])
        self._server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    async def _hook(self, request: Request) -> PlainTextResponse:
        if request.method == "GET":
            fields: dict[str, Any] = dict(request.query_params)
            kind = "get"
        elif request.headers.get("content-type", "").startswith("application/json"):
            fields, kind = json.loads(await request.body()), "json"
        else:
            # Read as ClickSend sends it; parsed here so as to need no form library.
            fields = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
            kind = "form"
        with self._lock:
            if self.failures:
                self.failures -= 1
                return PlainTextResponse("try again", status_code=503)
            self.received.append({"kind": kind, "fields": fields})
            self._lock.notify_all()
        return PlainTextResponse("ok")

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Block until `count` calls were received; False if `timeout` ran out first."""
        with self._lock:
            return self._lock.wait_for(lambda: len(self.received) >= count, timeout)

    def __enter__(self) -> Receiver:
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self._server.started:
            assert time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/hook"
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(5)


@pytest.mark.anyio
async def test_receipts_and_inbound_replies_are_called_to_the_webhooks(
    embedded: EmbeddedClickSend,
) -> None:
    with Receiver() as receiver:
        embedded.set_webhook("sms_receipts", receiver.url)
        embedded.set_webhook("sms_inbound", receiver.url, format="json")
        async with _client(embedded) as http:
            sent = _data(
                await _send(
                    http,
                    {"to": AU_MOBILE, "body": "one", "custom_string": "a"},
                    {"to": TEST_NUMBER, "body": "two"},
                )
            )
        embedded.advance(2)
        embedded.receive_sms(AU_MOBILE, "+61400999999", "Thanks")
        assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks)
        received = receiver.received
    ids = [m["message_id"] for m in sent["messages"]]
    forms = [r for r in received if r["kind"] == "form"]
    assert [f["fields"]["message_id"] for f in forms] == ids
    assert forms[0]["fields"]["status_code"] == "201"
    assert forms[0]["fields"]["custom_string"] == "a"
    assert forms[1]["fields"]["custom_string"] == ""  # null arrives as an empty form value
    inbound = [r["fields"] for r in received if r["kind"] == "json"]
    assert [(m["body"], m["original_message_id"]) for m in inbound] == [("Thanks", ids[0])]
    assert embedded.kept("sms_receipts") == []  # called, so not kept for polling


@pytest.mark.anyio
async def test_a_failed_webhook_call_is_tried_again(embedded: EmbeddedClickSend) -> None:
    with Receiver(failures=2) as receiver:
        embedded.set_webhook("sms_inbound", receiver.url)
        embedded.receive_sms(AU_MOBILE, "+61400999999", "hello")
        assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks)
    assert [r["fields"]["body"] for r in receiver.received] == ["hello"]
    assert [(a.attempt, a.status, a.ok) for a in embedded.webhook_attempts] == [
        (1, 503, False),
        (2, 503, False),
        (3, 200, True),
    ]


@pytest.mark.anyio
async def test_the_test_webhook_calls_post_their_payloads(embedded: EmbeddedClickSend) -> None:
    with Receiver() as receiver:
        async with _client(embedded) as http:
            receipt = _data(await http.post("/sms/receipts", json={"url": receiver.url}))
            inbound = _data(
                await http.post("/sms/inbound", json={"url": receiver.url, "webhook_type": "get"})
            )
            voice = _data(await http.post("/voice/receipts", json={"url": receiver.url}))
            fax = _data(await http.post("/fax/receipts", json={"url": receiver.url}))
            refused = await http.post("/sms/receipts", json={"url": "ftp://example.com"})
            assert refused.status_code == 400
            assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks)
    by_id = {r["fields"]["message_id"]: r for r in receiver.received}
    assert by_id[receipt["message_id"]]["kind"] == "form"
    assert by_id[receipt["message_id"]]["fields"]["status_code"] == "201"
    assert by_id[inbound["message_id"]]["kind"] == "get"
    assert by_id[inbound["message_id"]]["fields"]["body"] == inbound["body"]
    assert by_id[voice["message_id"]]["fields"]["message_type"] == "voice"
    assert by_id[fax["message_id"]]["fields"]["message_type"] == "fax"
    assert len(receiver.received) == 4


def test_webhook_settings_are_checked(embedded: EmbeddedClickSend) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        embedded.set_webhook("sms_everything", "http://127.0.0.1/x")
    with pytest.raises(ValueError, match="format must be one of"):
        embedded.set_webhook("sms_receipts", "http://127.0.0.1/x", format="xml")
    with pytest.raises(ValueError, match="http"):
        embedded.set_webhook("sms_receipts", "127.0.0.1/x")
    with pytest.raises(ValueError, match="seconds"):
        embedded.advance(-1)


@pytest.mark.anyio
async def test_with_no_webhook_set_receipts_are_kept_again(embedded: EmbeddedClickSend) -> None:
    embedded.set_webhook("sms_receipts", "http://127.0.0.1:9/never")
    embedded.set_webhook("sms_receipts", None)
    async with _client(embedded) as http:
        _data(await _send(http, {"to": AU_MOBILE, "body": "kept"}))
    embedded.advance(5)
    assert [r["status_code"] for r in embedded.kept("sms_receipts")] == ["201"]
    assert embedded.webhook_attempts == []


@given(st.text(alphabet=st.sampled_from("aZ09 @£€{}[]~^|\\\nçжé😀"), min_size=1, max_size=400))
def test_the_embedded_counter_agrees_with_the_sdks_sms_parts(body: str) -> None:
    # Two counters written apart from each other: a disagreement is a bug in one of them.
    # (An empty body is never sent: the SDK counts it as 0 parts, the server as 1.)
    embedded, sdk = count_parts(body), sms_parts(body)
    assert (embedded.encoding, embedded.length, embedded.parts) == (
        sdk.encoding,
        sdk.characters,
        sdk.parts,
    )


@pytest.mark.anyio
async def test_a_failed_webhook_logs_no_token(
    embedded: EmbeddedClickSend, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="clicksend_async.testing")
    # Port 9 (discard) on loopback: nothing listens, every try fails at once.
    embedded.set_webhook("sms_inbound", "http://user:pw@127.0.0.1:9/hooks/SECRET-TOKEN?key=K")
    embedded.receive_sms(AU_MOBILE, "+61400999999", "hello")
    assert await anyio.to_thread.run_sync(embedded.wait_for_webhooks)
    assert [a.ok for a in embedded.webhook_attempts] == [False] * 4
    assert "http://127.0.0.1:9" in caplog.text
    for secret in ("SECRET-TOKEN", "key=K", "pw", "user"):
        assert secret not in caplog.text
