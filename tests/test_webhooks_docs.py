"""The README's webhook code and examples/webhooks_fastapi.py run, driven by ClickSend's calls.

tests/test_docs.py runs the README's other blocks against the embedded ClickSend; these ones
receive calls instead, so here each is executed as written and then sent what ClickSend sends:
receipts and replies as forms, JSON and queries, a redelivery, and a call with a wrong token.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from .test_docs import README, load_example

SECRET = "docs-webhook-secret-5d1c"
BLOCKS = [
    (README.count("\n", 0, match.start()) + 2, match.group(1))
    for match in re.finditer(r"```python\n(.*?)```", README, flags=re.DOTALL)
    if "clicksend_async.webhooks" in match.group(1)
]
RECEIPT = {
    "message_id": "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
    "status_code": "201",
    "status_text": "Success: Message received on handset.",
    "message_type": "sms",
    "timestamp": "1442381791",
    "timestamp_send": "1442381790",
}
REPLY = {
    "message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
    "from": "+61411111111",
    "to": "+61422222222",
    "body": "Yes please",
    "_keyword": "yes",
    "original_message_id": "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
    "timestamp": "1442381900",
}


def block(framework: str) -> tuple[int, str]:
    (found,) = [(line, code) for line, code in BLOCKS if f"from {framework}" in code]
    return found


def run_block(framework: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("CLICKSEND_WEBHOOK_SECRET", SECRET)
    line, code = block(framework)
    namespace: dict[str, Any] = {"__name__": f"readme_line_{line}"}
    exec(compile(code, f"README.md:{line}", "exec"), namespace)  # noqa: S102 (the README's own code)
    return namespace


def test_the_readme_has_a_fastapi_and_an_aiohttp_webhook_block() -> None:
    assert len(BLOCKS) == 2
    assert block("fastapi")
    assert block("aiohttp")
    assert "## Receiving receipts and replies" in README


@pytest.mark.anyio
async def test_the_readme_fastapi_webhook_block(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = run_block("fastapi", monkeypatch)["app"]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://app.example") as http:
        token = {"token": SECRET}
        answers = [
            await http.post("/hooks/clicksend", params=token, data=RECEIPT),
            await http.post("/hooks/clicksend", params=token, json=REPLY),
            await http.get("/hooks/clicksend", params={**RECEIPT, **token}),  # a redelivery
            await http.post("/hooks/clicksend", params={"token": "guess"}, data=RECEIPT),
        ]
    assert [a.status_code for a in answers] == [200, 200, 200, 401]
    assert capsys.readouterr().out.splitlines() == [
        "31BC271B-1E0C-45F6-9E7E-97186C46BB82: 201 Success: Message received on handset.",
        "+61411111111 replied 'Yes please'",
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # aiohttp runs on asyncio only
async def test_the_readme_aiohttp_webhook_block(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    app = run_block("aiohttp", monkeypatch)["make_app"]()
    async with TestClient(TestServer(app, host="127.0.0.1")) as http:
        token = {"token": SECRET}
        statuses = [
            (await http.post("/hooks/clicksend", params=token, data=RECEIPT)).status,
            (await http.get("/hooks/clicksend", params={**REPLY, **token})).status,
            (await http.post("/hooks/clicksend", data=RECEIPT)).status,
        ]
    assert statuses == [200, 200, 401]
    assert capsys.readouterr().out.splitlines() == [
        "sms_receipt sms_receipt:31BC271B-1E0C-45F6-9E7E-97186C46BB82:201:1442381791",
        "inbound_sms inbound_sms:C557B56E-83C0-4070-A74C-9BF05474B418:1442381900",
    ]


@pytest.mark.anyio
async def test_the_webhooks_fastapi_example_keeps_the_latest_status_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLICKSEND_WEBHOOK_SECRET", SECRET)
    app = load_example("webhooks_fastapi").app
    transport = httpx.ASGITransport(app=app)
    sent_to_carrier = {**RECEIPT, "status_code": "200", "status_text": "Sent", "timestamp": "100"}
    delivered = {**RECEIPT, "timestamp": "160"}
    voice = {
        "message_id": "CEA5E06A-F4BF-4EC6-8315-B25087352DFA",
        "message_type": "voice",
        "status_code": "201",
        "digits": "2",
        "timestamp": "1489730505",
    }
    async with httpx.AsyncClient(transport=transport, base_url="https://app.example") as http:
        hook = "/hooks/clicksend"
        for fields in (delivered, sent_to_carrier, delivered, voice):  # late, and a redelivery
            assert (await http.post(hook, params={"token": SECRET}, data=fields)).status_code == 200
        for _ in range(2):  # the reply, delivered twice
            assert (await http.post(hook, params={"token": SECRET}, json=REPLY)).status_code == 200
        refused = await http.post(hook, params={"token": "x"}, data={**delivered, "timestamp": "1"})
        shown = (await http.get(f"/messages/{RECEIPT['message_id']}")).json()
        shown_voice = (await http.get(f"/messages/{voice['message_id']}")).json()
        missing = await http.get("/messages/nothing")
    assert refused.status_code == 401
    assert shown == {
        "status_code": 201,
        "status_text": "Success: Message received on handset.",
        "status_time": 160,
        "replies": ["+61411111111: Yes please"],
    }
    assert shown_voice["status_code"] == 201
    assert missing.status_code == 404
