"""Value spellings: the embedded ClickSend answers in the docs' spelling or in typed JSON.

The SDK reads the main shapes (account, contact, SMS send result, history, receipt) under both
and gets the same Python values; the raw answers differ exactly where the spelling says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import httpx
import pytest

from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend
from clicksend_async.testing.__main__ import _parser

NOW = 1_800_000_000
AU_MOBILE = "+61400000001"


async def _read_everything(spelling: str) -> dict[str, object]:
    embedded = EmbeddedClickSend(clock=lambda: float(NOW), spelling=spelling)
    try:
        list_id = embedded.add_list("Spelling", contacts=2)
        async with embedded.client() as cs:
            account = await cs.account.get()
            sent = await cs.sms.send(
                messages=[SmsMessage(to=AU_MOBILE, body="hi", custom_string="s1")]
            )
            embedded.advance(5)
            history = await cs.sms.history.list()
            receipts = await cs.sms.receipts.list()
            contacts = await cs.contacts.list(list_id)
        return {
            "account": (account.user_id, account.balance, account.active, account.currency),
            "sent": [
                (m.message_id, m.message_price, m.schedule, m.date, m.message_parts)
                for m in sent.messages
            ]
            + [sent.total_price],
            "history": [
                (m.message_id, m.date, m.schedule, m.message_price, m.message_parts, m.status)
                for m in history.items
            ],
            "receipts": [
                (r.message_id, r.timestamp, r.timestamp_send, r.status_code, r.custom_string)
                for r in receipts.items
            ],
            "contacts": [(c.contact_id, c.date_added, c.date_updated) for c in contacts.items],
        }
    finally:
        embedded.close()


@pytest.mark.anyio
@pytest.mark.parametrize("spelling", ["docs", "typed"])
async def test_the_sdk_reads_the_same_values_in_either_spelling(spelling: str) -> None:
    values = await _read_everything(spelling)
    assert values == await _read_everything("docs")
    account = values["account"]
    assert isinstance(account, tuple)
    assert account[1] == Decimal("100")
    assert account[2] is True
    (history,) = values["history"]  # type: ignore[misc]
    assert history[1] == NOW
    assert isinstance(history[3], Decimal)
    (receipt,) = values["receipts"]  # type: ignore[misc]
    assert receipt[0] == history[0]
    assert isinstance(receipt[1], int)
    assert receipt[1] > NOW
    assert all(date == NOW for _, date, _ in values["contacts"])  # type: ignore[attr-defined]


def _raw(embedded: EmbeddedClickSend, method: str, path: str, **kwargs: object) -> object:
    status, _, body = embedded.handle(
        method,
        "/v3" + path,
        "",
        {"authorization": httpx.BasicAuth(*embedded.credentials)._auth_header},
        json.dumps(kwargs).encode() if kwargs else b"",
    )
    assert status == 200, body
    return json.loads(body)["data"]


def test_the_raw_answers_differ_exactly_where_the_spelling_says() -> None:
    docs = EmbeddedClickSend(clock=lambda: float(NOW))
    typed = EmbeddedClickSend(clock=lambda: float(NOW), spelling="typed")
    shown = {}
    for name, embedded in (("docs", docs), ("typed", typed)):
        list_id = embedded.add_list("Spelling", contacts=1)
        account = _raw(embedded, "GET", "/account")
        sent = _raw(embedded, "POST", "/sms/send", messages=[{"to": AU_MOBILE, "body": "hi"}])
        embedded.advance(5)
        history = _raw(embedded, "GET", "/sms/history")
        receipts = _raw(embedded, "GET", "/sms/receipts")
        contacts = _raw(embedded, "GET", f"/lists/{list_id}/contacts")
        shown[name] = (account, sent, history, receipts, contacts)
        embedded.close()
    account, sent, history, receipts, contacts = shown["docs"]
    assert account["balance"] == "100.000000"  # type: ignore[index]
    assert history["data"][0]["date"] == str(NOW)  # type: ignore[index]
    assert history["data"][0]["message_price"] == "0.079200"  # type: ignore[index]
    assert contacts["data"][0]["date_added"] == str(NOW)  # type: ignore[index]
    assert sent["messages"][0]["is_shared_system_number"] is True  # type: ignore[index]
    account, sent, history, receipts, contacts = shown["typed"]
    assert account["balance"] == 100.0  # type: ignore[index]
    assert account["active"] == 1  # type: ignore[index]
    assert account["_currency"]["currency_name_short"] == "AUD"  # type: ignore[index]
    assert history["data"][0]["date"] == NOW  # type: ignore[index]
    assert history["data"][0]["message_price"] == 0.0792  # type: ignore[index]
    assert isinstance(receipts["data"][0]["timestamp"], int)  # type: ignore[index]
    assert contacts["data"][0]["date_added"] == NOW  # type: ignore[index]
    assert sent["messages"][0]["is_shared_system_number"] == 1  # type: ignore[index]
    assert sent["messages"][0]["message_price"] == 0.0792  # type: ignore[index]
    # Strings the models keep as strings stay strings.
    assert history["data"][0]["status_code"] == "201"  # type: ignore[index]
    assert history["data"][0]["to"] == AU_MOBILE  # type: ignore[index]


def test_a_spelling_is_checked_and_can_be_switched() -> None:
    with pytest.raises(ValueError, match="spelling must be one of docs, typed"):
        EmbeddedClickSend(spelling="json")
    embedded = EmbeddedClickSend()
    embedded.spelling = "typed"
    assert _raw(embedded, "GET", "/account")["balance"] == 100.0  # type: ignore[index]
    embedded.spelling = "docs"
    assert _raw(embedded, "GET", "/account")["balance"] == "100.000000"  # type: ignore[index]
    embedded.close()


def test_the_cli_takes_a_spelling() -> None:
    assert _parser().parse_args(["--spelling", "typed"]).spelling == "typed"
    assert _parser().parse_args([]).spelling == "docs"
    refused = subprocess.run(
        [sys.executable, "-m", "clicksend_async.testing", "--spelling", "json"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert refused.returncode == 2
    assert "--spelling" in refused.stderr
