"""The embedded ClickSend as a real server: in a thread, from the command line, as fixtures."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from clicksend_async import ClickSend
from clicksend_async.testing import EmbeddedASGIApp, EmbeddedClickSend

from .test_embedded_messaging import Receiver

pytestmark = [pytest.mark.anyio, pytest.mark.server]


def test_serve_in_thread_from_sync_code() -> None:
    embedded = EmbeddedClickSend()
    list_id = embedded.add_list("Served", contacts=20)
    with embedded.serve_in_thread() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/v3")
        response = httpx.get(
            f"{base_url}/lists/{list_id}/contacts", params={"limit": 15}, auth=embedded.credentials
        )
        page = response.json()["data"]
        assert page["next_page_url"] == f"{base_url}/lists/{list_id}/contacts?limit=15&page=2"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/countries")


async def test_serve_in_thread_from_async_code() -> None:
    embedded = EmbeddedClickSend()
    async with embedded.serve_in_thread() as base_url:
        username, api_key = embedded.credentials
        async with ClickSend(username, api_key, base_url=base_url) as cs:
            lst = await cs.lists.create(list_name="Over HTTP")
            created = await cs.contacts.bulk_create(
                lst.list_id, [{"phone_number": f"+6140000{i:04d}"} for i in range(30)]
            )
            assert len(created.succeeded) == 30
            assert (await cs.contacts.list(lst.list_id)).total == 30
    assert embedded.request_counts["contacts_create"] == 30


def test_a_taken_port_fails_to_start() -> None:
    embedded = EmbeddedClickSend()
    with embedded.serve_in_thread() as base_url:
        port = int(base_url.rsplit(":", 1)[1].split("/")[0])
        with pytest.raises(RuntimeError, match="could not start"):
            embedded.serve_in_thread(port=port).start()


def test_the_command_line_server(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clicksend_async.testing",
            "--port",
            "0",
            "--account",
            "cli:cli-key",
            "--seed-contacts",
            "40",
            "--rate-limit",
            "100",
            "--latency-ms",
            "1",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    try:
        lines = [process.stdout.readline() for _ in range(7)]
        base_url = lines[0].rsplit(" ", 1)[1].strip()
        assert "CLICKSEND_USERNAME=cli" in lines[2]
        assert "CLICKSEND_API_KEY=cli-key" in lines[3]
        assert "nocredit, notactive, banned" in lines[4]
        assert "list #1 holds 40 generated contacts" in lines[5]
        page = httpx.get(f"{base_url}/lists/1/contacts", auth=("cli", "cli-key")).json()
        assert page["data"]["total"] == 40
    finally:
        process.send_signal(signal.SIGINT)
        remaining, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Stopped." in remaining


def test_the_command_line_refuses_a_bad_account() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clicksend_async.testing", "--account", "no-colon"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "USER:KEY" in result.stderr


def test_the_pytest_plugin_in_a_users_suite(tmp_path: Path) -> None:
    (tmp_path / "test_user_app.py").write_text(
        textwrap.dedent(
            """
            import httpx
            import pytest

            pytestmark = pytest.mark.anyio

            @pytest.fixture
            def anyio_backend():
                return "asyncio"

            async def test_with_the_client(clicksend_client, clicksend_embedded):
                list_id = clicksend_embedded.add_list("Customers", contacts=20)
                page = await clicksend_client.contacts.list(list_id)
                assert page.total == 20

            def test_with_the_server(clicksend_server, clicksend_embedded):
                response = httpx.get(clicksend_server + "/account",
                                     auth=clicksend_embedded.credentials)
                assert response.json()["data"]["username"] == "embedded"
            """
        )
    )
    result = subprocess.run(  # noqa: S603 (this interpreter, on a test file written above)
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "clicksend_async.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "-W",
            "error",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


async def test_the_asgi_app_serves_through_any_asgi_server() -> None:
    embedded = EmbeddedClickSend(latency=0.01)
    transport = httpx.ASGITransport(app=EmbeddedASGIApp(embedded))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver/v3", auth=embedded.credentials
    ) as client:
        created = await client.post("/lists", json={"list_name": "ASGI"})
        listed = await client.get("/lists")
    assert created.json()["data"]["list_name"] == "ASGI"
    assert listed.json()["data"]["total"] == 1
    assert listed.headers["content-length"] == str(len(listed.content))


def test_the_command_line_server_calls_webhooks() -> None:
    with Receiver() as receiver:
        process = subprocess.Popen(  # noqa: S603 (this interpreter; the URL is the test's own)
            [
                sys.executable,
                "-m",
                "clicksend_async.testing",
                "--port",
                "0",
                "--account",
                "cli:cli-key",
                "--webhook",
                f"sms_receipts={receiver.url}",
            ],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        try:
            lines = [process.stdout.readline() for _ in range(6)]
            base_url = lines[0].rsplit(" ", 1)[1].strip()
            assert f"sms_receipts are called to {receiver.url} (post)" in lines[5]
            sent = httpx.post(
                f"{base_url}/sms/send",
                json={"messages": [{"to": "+61400000001", "body": "hi"}]},
                auth=("cli", "cli-key"),
            ).json()
            # The wall clock runs: the receipt comes DELIVERY_DELAY seconds after the send.
            assert receiver.wait_for(1)
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=10)
    message_id = sent["data"]["messages"][0]["message_id"]
    assert receiver.received[0]["fields"]["message_id"] == message_id


def test_the_command_line_refuses_a_bad_webhook() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clicksend_async.testing", "--webhook", "sms_everything=http://x"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "kind must be one of" in result.stderr
