"""The `clicksend` command line, driven with click's CliRunner against the embedded ClickSend.

The commands run in-process: `Settings(transport=embedded.transport())` is handed to the
runner as the group's object, so each command's `ClickSend` talks to the embedded ClickSend
without sockets. `embedded serve` is run as a real process.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from clicksend_async.cli import Settings, cli
from clicksend_async.cli._contacts import EXPORT_COLUMNS, FIELDS
from clicksend_async.testing import DELIVERY_DELAY, IN_PROCESS_BASE_URL, EmbeddedClickSend

from .scripted import API_KEY, USERNAME

ENV = {
    "CLICKSEND_USERNAME": USERNAME,
    "CLICKSEND_API_KEY": API_KEY,
    "CLICKSEND_BASE_URL": IN_PROCESS_BASE_URL,
    "COLUMNS": "120",  # rich's width: tables as a terminal of that width shows them
}


def run(embedded: EmbeddedClickSend | None, *args: str, **env: str | None) -> Result:
    """`clicksend ARGS`, in-process against `embedded` (over the network when None)."""
    settings = Settings(transport=embedded.transport() if embedded is not None else None)
    result = CliRunner().invoke(cli, list(args), obj=settings, env={**ENV, **env})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    # No command ever prints the API key, whatever it printed.
    assert API_KEY not in result.stdout
    assert API_KEY not in result.stderr
    return result


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


# ---------------------------------------------------------------------------------- account


def test_account_prints_the_safe_view_never_the_api_key_clicksend_sends(
    embedded: EmbeddedClickSend,
) -> None:
    # ClickSend's own answer carries the API key: the point of printing the safe view.
    status, _, body = embedded.handle(
        "GET", "/v3/account", "", {"authorization": _basic(USERNAME, API_KEY)}, b""
    )
    assert status == 200
    assert json.loads(body)["data"]["_subaccount"]["api_key"] == API_KEY

    table = run(embedded, "account")
    assert table.exit_code == 0
    assert USERNAME in table.stdout
    assert "balance" in table.stdout
    assert "subaccount.api_username" in table.stdout
    assert "api_key" not in table.stdout

    as_json = run(embedded, "account", "--json")
    assert as_json.exit_code == 0
    view = json.loads(as_json.stdout)
    assert view["username"] == USERNAME
    assert view["balance"] == str(embedded.balance())
    assert view["subaccount"]["api_username"] == USERNAME
    assert "api_key" not in view["subaccount"]
    assert "api_key" not in as_json.stdout


def _basic(username: str, api_key: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{username}:{api_key}".encode()).decode()


def test_global_and_command_json_flags_are_the_same(embedded: EmbeddedClickSend) -> None:
    before = run(embedded, "--json", "account")
    after = run(embedded, "account", "--json")
    assert json.loads(before.stdout) == json.loads(after.stdout)


def test_without_credentials_it_is_bad_usage_and_nothing_is_sent(
    embedded: EmbeddedClickSend,
) -> None:
    result = run(embedded, "account", CLICKSEND_API_KEY=None)
    assert result.exit_code == 2
    assert "CLICKSEND_USERNAME and CLICKSEND_API_KEY" in result.stderr
    assert embedded.requests == []


def test_credentials_from_flags_and_a_refusal_exits_1_with_clicksends_code(
    embedded: EmbeddedClickSend,
) -> None:
    wrong = "WRONG-KEY-5550123"
    refused = run(embedded, "--username", USERNAME, "--api-key", wrong, "account")
    assert refused.exit_code == 1
    assert "INVALID_CREDENTIALS" in refused.stderr
    assert wrong not in refused.stdout + refused.stderr

    as_json = run(embedded, "--json", "--api-key", wrong, "account")
    assert as_json.exit_code == 1
    error = json.loads(as_json.stdout)["error"]
    assert error["status_code"] == 401
    assert error["response_code"] == "INVALID_CREDENTIALS"
    assert error["response_msg"]
    assert wrong not in as_json.stdout

    flags = run(
        embedded, "--username", USERNAME, "--api-key", API_KEY, "account", CLICKSEND_API_KEY=None
    )
    assert flags.exit_code == 0


def test_bad_usage_exits_2(embedded: EmbeddedClickSend) -> None:
    assert run(embedded, "contacts", "export").exit_code == 2
    assert run(embedded, "contacts", "export", "0", "-o", "x.csv").exit_code == 2
    assert run(embedded, "no-such-command").exit_code == 2
    remote_http = run(embedded, "--base-url", "http://example.com/v3", "account")
    assert remote_http.exit_code == 2
    assert "plain http" in remote_http.stderr


# ------------------------------------------------------------------------------------ lists


def test_lists_as_a_table_and_as_json(embedded: EmbeddedClickSend) -> None:
    first = embedded.add_list("Customers [VIP]", contacts=3)
    second = embedded.add_list("Staff", contacts=0)

    table = run(embedded, "lists")
    assert table.exit_code == 0
    assert "Customers [VIP]" in table.stdout  # shown as text, not read as rich markup
    assert "Staff" in table.stdout

    as_json = run(embedded, "--json", "lists")
    found = {item["list_id"]: item for item in json.loads(as_json.stdout)}
    assert found[first]["list_name"] == "Customers [VIP]"
    assert found[first]["contacts_count"] == 3
    assert found[second]["contacts_count"] == 0


# --------------------------------------------------------------------------------- contacts

NAMES = ["Zoë", "O'Brien", 'Anne "Nan"', "Li, Wei", "Émile", "李"]


def varied_contacts(count: int) -> Iterator[dict[str, str]]:
    """Contacts that use every column, with commas, quotes, line breaks and non-ASCII."""
    for i in range(count):
        row = {
            "phone_number": f"+6141{i:07d}",
            "email": f"person.{i}@example.com",
            "first_name": NAMES[i % len(NAMES)],
            "last_name": f"Last{i}",
            "address_line_1": f"{i} Main St, Unit 2",
            "address_line_2": "Rear entrance\nsecond door" if i % 7 == 0 else "",
            "address_city": "Melbourne",
            "address_state": "VIC",
            "address_postal_code": f"{3000 + i % 200}",
            "address_country": "AU",
            "organization_name": "ACME; Pty \u201cLtd\u201d",
            "custom_1": f"c1-{i}",
            "custom_2": "=1+2" if i % 11 == 0 else "",
            "custom_3": "",
            "custom_4": "tab\there" if i % 13 == 0 else "",
        }
        if i % 3 == 0:
            row["fax_number"] = f"+6129{i:07d}"
        if i % 5 == 0:
            del row["phone_number"]  # reached by email (and fax) only
        yield row


def fields_of(embedded: EmbeddedClickSend, list_id: int) -> list[dict[str, str]]:
    return [
        {name: contact.get(name) or "" for name in FIELDS} for contact in embedded.contacts(list_id)
    ]


def test_export_then_import_round_trips_1000_contacts_exactly(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    source = embedded.add_list("Source")
    embedded.add_contacts(source, varied_contacts(1000))
    target = embedded.add_list("Target")
    exported = tmp_path / "contacts.csv"

    result = run(embedded, "contacts", "export", str(source), "-o", str(exported))
    assert result.exit_code == 0, result.output
    assert "1000/1000" in result.stderr  # the progress bar's last state
    assert "Exported 1000 contacts" in result.stderr
    rows = read_csv(exported)
    assert len(rows) == 1000
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert [row["contact_id"] for row in rows] == [
        str(c["contact_id"]) for c in embedded.contacts(source)
    ]

    imported = run(embedded, "--json", "contacts", "import", str(target), str(exported))
    assert imported.exit_code == 0, imported.output
    assert json.loads(imported.stdout) == {
        "list_id": target,
        "rows": 1000,
        "imported": 1000,
        "failed": 0,
        "failed_file": None,
    }
    assert not (tmp_path / "contacts.failed.csv").exists()
    assert fields_of(embedded, target) == fields_of(embedded, source)

    again = tmp_path / "again.csv"
    assert run(embedded, "contacts", "export", str(target), "-o", str(again)).exit_code == 0
    strip = [c for c in EXPORT_COLUMNS if c in FIELDS]
    assert [[r[c] for c in strip] for r in read_csv(again)] == [[r[c] for c in strip] for r in rows]


def test_export_fetches_pages_concurrently_and_one_at_a_time_when_told(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    list_id = embedded.add_list("Paged", contacts=600)  # 6 pages of 100
    embedded.latency = 0.05

    def gaps(*options: str) -> list[float]:
        embedded.reset_counters()
        out = tmp_path / "paged.csv"
        result = run(embedded, "contacts", "export", str(list_id), "-o", str(out), *options)
        assert result.exit_code == 0
        assert len(read_csv(out)) == 600
        starts = embedded.request_starts("contacts_list")
        assert len(starts) == 6
        return [b - a for a, b in itertools.pairwise(starts[1:])]

    # Pages 2..6 are asked for together once page 1 told how many there are.
    assert min(gaps()) < embedded.latency / 2
    assert min(gaps("--concurrency", "1")) >= embedded.latency * 0.9


def test_export_to_stdout(embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Few", contacts=20)
    result = run(embedded, "contacts", "export", str(list_id), "-o", "-")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["phone_number"] for row in rows] == [
        c["phone_number"] for c in embedded.contacts(list_id)
    ]
    assert "Exported 20 contacts" in result.stderr


def test_export_of_a_missing_list_exits_1_and_leaves_no_file(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    result = run(embedded, "contacts", "export", "999", "-o", str(tmp_path / "none.csv"))
    assert result.exit_code == 1
    assert "NOT_FOUND" in result.stderr
    assert list(tmp_path.iterdir()) == []


BAD_FILES = [
    pytest.param("", "contacts.csv is empty", id="empty-file"),
    pytest.param("\ufeff", "contacts.csv is empty", id="only-a-bom"),
    pytest.param(
        "first_name,last_name\nAnn,Lee\n",
        "line 1: no phone_number, email or fax_number column",
        id="no-phone-email-fax-column",
    ),
    pytest.param(
        "phone_number,nickname,shoe_size\n+61411111111,Al,9\n",
        "line 1: unknown columns 'nickname', 'shoe_size'",
        id="unknown-column",
    ),
    pytest.param(
        "phone_number,email,phone_number\n+61411111111,a@example.com,+61422222222\n",
        "line 1: the column 'phone_number' appears twice",
        id="repeated-column",
    ),
    pytest.param(
        "phone_number,first_name\n+61411111111,Ann\n+61411111112,Bob,Extra\n+61411111113,Cy\n",
        "line 3: 3 cells where the header has 2",
        id="row-with-too-many-cells",
    ),
    pytest.param(
        "phone_number,first_name,last_name\n+61411111111,Ann,Lee\n+61411111112\n",
        "line 3: 1 cells where the header has 3",
        id="row-with-too-few-cells",
    ),
    pytest.param(
        'phone_number,first_name\n+61411111111,Ann\n+61411111112,"Bob\n',
        "line 3: not valid CSV",
        id="unterminated-quote",
    ),
    pytest.param(
        "phone_number,first_name\n",
        "contacts.csv has a header but no rows: nothing to do",
        id="header-only",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_import_refuses_a_bad_file_up_front_naming_the_line(
    embedded: EmbeddedClickSend, tmp_path: Path, content: str, message: str
) -> None:
    list_id = embedded.add_list("Target")
    source = write_csv(tmp_path / "contacts.csv", content)
    result = run(embedded, "contacts", "import", str(list_id), str(source))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "nothing was imported" in result.stderr
    assert embedded.contacts(list_id) == []
    assert embedded.requests == []  # checked before anything was sent
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.csv"]


def test_import_refuses_a_file_that_is_not_utf8(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    list_id = embedded.add_list("Target")
    source = tmp_path / "latin.csv"
    source.write_bytes("phone_number,first_name\n+61411111111,Zo\u00eb\n".encode("latin-1"))
    result = run(embedded, "--json", "contacts", "import", str(list_id), str(source))
    assert result.exit_code == 2
    error = json.loads(result.stdout)
    assert error["error"] == "UsageError"
    assert "latin.csv is not UTF-8" in error["message"]
    assert embedded.contacts(list_id) == []


def test_import_writes_the_rows_that_failed_beside_the_input_with_the_reason(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    list_id = embedded.add_list("Target")
    source = write_csv(
        tmp_path / "people.csv",
        "phone_number,email,first_name\n"
        "+61411111111,,Ann\n"
        ",,Bob\n"  # no way to reach Bob: refused before sending
        "\n"  # blank lines are skipped, and not counted as rows
        "not-a-number,,Cy\n"  # ClickSend refuses it
        ",dee@example.com,Dee\n"
        ",not-an-email,Eve\n",
    )
    result = run(embedded, "contacts", "import", str(list_id), str(source))
    assert result.exit_code == 1
    assert "Imported 2 of 5 rows" in result.stderr
    assert "3 failed" in result.stderr
    assert [(c.get("first_name")) for c in embedded.contacts(list_id)] == ["Ann", "Dee"]

    failed = read_csv(tmp_path / "people.failed.csv")
    assert [(r["phone_number"], r["email"], r["first_name"], r["line"]) for r in failed] == [
        ("", "", "Bob", "3"),
        ("not-a-number", "", "Cy", "5"),
        ("", "not-an-email", "Eve", "7"),
    ]
    assert failed[0]["reason"].startswith("not sent: ")
    assert "phone_number, email, fax_number" in failed[0]["reason"]
    assert failed[1]["reason"].startswith("ClickSend refused it: INVALID_RECIPIENT: ")
    assert failed[2]["reason"].startswith("ClickSend refused it: ")

    # The failed-rows file, fixed, goes in as it is (its line and reason columns are ignored).
    fixed = tmp_path / "people.failed.csv"
    text = fixed.read_text(encoding="utf-8")
    text = text.replace("not-a-number", "+61433333333").replace("not-an-email", "eve@example.com")
    write_csv(fixed, text.replace(",,Bob,", ",bob@example.com,Bob,"))
    again = run(embedded, "--json", "contacts", "import", str(list_id), str(fixed))
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["imported"] == 3
    assert sorted(c.get("first_name") for c in embedded.contacts(list_id)) == [
        "Ann",
        "Bob",
        "Cy",
        "Dee",
        "Eve",
    ]


def test_import_reports_a_row_whose_outcome_is_unknown_and_does_not_resend_it(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    list_id = embedded.add_list("Target")
    source = write_csv(tmp_path / "c.csv", "phone_number\n+61411111111\n")
    embedded.inject("drop_after", operation="contacts_create")
    failed = tmp_path / "unknown.csv"
    result = run(embedded, "contacts", "import", str(list_id), str(source), "--failed", str(failed))
    assert result.exit_code == 1
    assert embedded.request_counts["contacts_create"] == 1  # not sent twice
    assert len(embedded.contacts(list_id)) == 1  # it did go in
    (row,) = read_csv(failed)
    assert "look in the list before importing this row again" in row["reason"]


def test_import_into_a_missing_list_exits_1_once(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "c.csv", "phone_number\n+61411111111\n+61411111112\n")
    result = run(embedded, "contacts", "import", "999", str(source))
    assert result.exit_code == 1
    assert "NOT_FOUND" in result.stderr
    assert "contacts_create" not in embedded.request_counts
    assert not (tmp_path / "c.failed.csv").exists()


# -------------------------------------------------------------------------------------- sms

TEST_NUMBERS = ("+61411111111", "+61422222222")


def history_of(embedded: EmbeddedClickSend) -> list[dict[str, Any]]:
    result = run(embedded, "--json", "sms", "history", "--limit", "0")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_sms_send_to_several_numbers_shows_each_status(embedded: EmbeddedClickSend) -> None:
    args = ["sms", "send", "--to", TEST_NUMBERS[0], "--to", TEST_NUMBERS[1], "--body", "Hi [all]"]
    table = run(embedded, *args, "--from", "Acme")
    assert table.exit_code == 0, table.output
    assert table.stdout.count("SUCCESS") == 2
    assert "2 of 2 messages sent" in table.stderr

    as_json = run(embedded, "--json", *args)
    assert as_json.exit_code == 0
    sent = json.loads(as_json.stdout)
    assert [(m["to"], m["status"]) for m in sent["messages"]] == [
        (number, "SUCCESS") for number in TEST_NUMBERS
    ]
    assert all(m["message_id"] for m in sent["messages"])

    history = history_of(embedded)
    assert len(history) == 4
    assert {item["body"] for item in history} == {"Hi [all]"}
    assert sorted(item["from"] or "" for item in history) == ["", "", "Acme", "Acme"]
    ids = {m["message_id"] for m in sent["messages"]}
    assert ids <= {item["message_id"] for item in history}


def test_sms_send_exits_1_when_clicksend_refuses_a_message(embedded: EmbeddedClickSend) -> None:
    result = run(embedded, "sms", "send", "--to", TEST_NUMBERS[0], "--to", "12", "--body", "x")
    assert result.exit_code == 1
    assert "INVALID_RECIPIENT" in result.stdout
    assert "1 of 2 messages sent" in result.stderr
    assert [item["to"] for item in history_of(embedded)] == [TEST_NUMBERS[0]]


def test_sms_send_without_credit_exits_1_with_clicksends_message(
    embedded: EmbeddedClickSend,
) -> None:
    from clicksend_async.testing import TEST_API_KEY

    result = run(
        embedded,
        "sms",
        "send",
        "--to",
        TEST_NUMBERS[0],
        "--body",
        "x",
        CLICKSEND_USERNAME="nocredit",
        CLICKSEND_API_KEY=TEST_API_KEY,
    )
    assert result.exit_code == 1
    assert "INSUFFICIENT_CREDIT" in result.stderr
    assert TEST_API_KEY not in result.stdout + result.stderr


def test_sms_send_schedules_at_the_time_given(embedded: EmbeddedClickSend) -> None:
    when = "2030-01-01T09:00:00+11:00"
    expected = int(datetime.fromisoformat(when).timestamp())
    result = run(
        embedded, "sms", "send", "--to", TEST_NUMBERS[0], "--body", "x", "--schedule", when
    )
    assert result.exit_code == 0, result.output
    assert "2029-12-31 22:00Z" in result.stdout
    (item,) = history_of(embedded)
    assert item["schedule"] == expected
    assert item["status"] == "Scheduled"

    unix = run(
        embedded,
        "--json",
        "sms",
        "send",
        "--to",
        TEST_NUMBERS[0],
        "--body",
        "x",
        "--schedule",
        str(expected + 60),
    )
    assert json.loads(unix.stdout)["messages"][0]["schedule"] == expected + 60


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("2030-01-01T09:00", "has no UTC offset"),
        ("next tuesday", "is not a time"),
    ],
)
def test_sms_send_refuses_a_time_it_cannot_read(
    embedded: EmbeddedClickSend, when: str, message: str
) -> None:
    result = run(
        embedded, "sms", "send", "--to", TEST_NUMBERS[0], "--body", "x", "--schedule", when
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert embedded.requests == []


def test_sms_send_needs_to_and_body(embedded: EmbeddedClickSend) -> None:
    assert run(embedded, "sms", "send", "--body", "x").exit_code == 2
    assert run(embedded, "sms", "send", "--to", TEST_NUMBERS[0]).exit_code == 2
    empty = run(embedded, "sms", "send", "--to", TEST_NUMBERS[0], "--body", "")
    assert empty.exit_code == 2  # the SDK's own check, before sending
    assert embedded.requests == []


def test_sms_price_prices_without_sending(embedded: EmbeddedClickSend) -> None:
    body = "x" * 200  # two parts of GSM-7
    result = run(embedded, "--json", "sms", "price", "--to", TEST_NUMBERS[0], "--body", body)
    assert result.exit_code == 0, result.output
    priced = json.loads(result.stdout)
    (message,) = priced["messages"]
    assert message["status"] == "SUCCESS"
    assert message["message_parts"] == 2
    assert "total_price" in priced
    assert history_of(embedded) == []

    table = run(embedded, "sms", "price", "--to", TEST_NUMBERS[0], "--body", body)
    assert "1 of 1 messages priced; total price" in table.stderr


def test_sms_history_filters_by_time_and_limits_the_rows(embedded: EmbeddedClickSend) -> None:
    for body in ("one", "two", "three"):
        assert run(embedded, "sms", "send", "--to", TEST_NUMBERS[0], "--body", body).exit_code == 0
    every = history_of(embedded)
    assert sorted(item["body"] for item in every) == ["one", "three", "two"]

    limited = run(embedded, "--json", "sms", "history", "--limit", "2")
    assert len(json.loads(limited.stdout)) == 2

    later = max(item["date"] for item in every) + 3600
    none = run(embedded, "--json", "sms", "history", "--since", str(later))
    assert json.loads(none.stdout) == []

    table = run(embedded, "sms", "history")
    assert "SMS history (3)" in table.stdout
    assert "three" in table.stdout


def test_sms_receipts_show_the_delivery_receipts(embedded: EmbeddedClickSend) -> None:
    sent = run(embedded, "--json", "sms", "send", "--to", TEST_NUMBERS[0], "--body", "x")
    message_id = json.loads(sent.stdout)["messages"][0]["message_id"]
    assert json.loads(run(embedded, "--json", "sms", "receipts").stdout) == []

    embedded.advance(DELIVERY_DELAY + 1)
    receipts = json.loads(run(embedded, "--json", "sms", "receipts").stdout)
    assert [r["message_id"] for r in receipts] == [message_id]
    assert receipts[0]["status_text"]

    table = run(embedded, "sms", "receipts")
    assert table.exit_code == 0
    assert "SMS delivery receipts (1)" in table.stdout


# --------------------------------------------------------------------------------- embedded


@pytest.mark.server
def test_embedded_serve_runs_a_server_the_commands_reach_over_http() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "embedded", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        settings: dict[str, str] = {}
        for line in server.stdout:
            name, equals, value = line.strip().partition("=")
            if equals:
                settings[name] = value
            if line.startswith("Press Ctrl-C"):
                break
        assert settings["CLICKSEND_BASE_URL"].startswith("http://127.0.0.1:")
        result = run(None, "--json", "account", **settings)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["username"] == settings["CLICKSEND_USERNAME"]
        assert settings["CLICKSEND_API_KEY"] not in result.stdout
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=10) == 0
        assert "Stopped." in server.stdout.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if server.stdout is not None:
            server.stdout.close()


def test_embedded_serve_passes_bad_options_on_as_bad_usage() -> None:
    result = CliRunner().invoke(cli, ["embedded", "serve", "--port", "many"])
    assert result.exit_code == 2
    assert "--port" in result.stderr


# ---------------------------------------------------------------------------- sms send-many


def messages_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = list(dict.fromkeys(column for row in rows for column in row))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_send_many_sends_every_row_once_in_batches(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    rows = [{"to": f"+6141{i:07d}", "body": f"Hello {i}, ünïcode"} for i in range(1200)]
    source = messages_csv(tmp_path / "messages.csv", rows)
    result = run(embedded, "sms", "send-many", str(source), "--batch-size", "500")
    assert result.exit_code == 0, result.output
    assert "1200/1200" in result.stderr
    assert "Queued 1200 of 1200 messages" in result.stderr
    assert embedded.request_counts["sms_send"] == 3
    sent = sorted((item["to"], item["body"]) for item in history_of(embedded))
    assert sent == sorted((row["to"], row["body"]) for row in rows)
    assert not (tmp_path / "messages.failed.csv").exists()


def test_send_many_lost_answer_is_reconciled_not_resent(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    rows = [{"to": f"+6141{i:07d}", "body": "x"} for i in range(300)]
    source = messages_csv(tmp_path / "m.csv", rows)
    embedded.inject("drop_after", operation="sms_send")  # queued, but the answer is lost
    result = run(embedded, "--json", "sms", "send-many", str(source), "--batch-size", "100")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["counts"] == {"queued": 300, "refused": 0, "not_sent": 0, "unknown": 0}
    assert len(history_of(embedded)) == 300  # none lost, none twice
    assert [o["line"] for o in summary["outcomes"]] == list(range(2, 302))
    assert all(o["message_id"] for o in summary["outcomes"])


def test_send_many_writes_the_messages_not_queued_with_their_state(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    source = messages_csv(
        tmp_path / "m.csv",
        [
            {"to": "+61411111111", "body": "ok", "from": "Acme"},
            {"to": "12", "body": "bad number", "from": ""},
            {"to": "+61422222222", "body": "later", "from": "", "schedule": "2030-01-01T00:00Z"},
        ],
    )
    result = run(embedded, "sms", "send-many", str(source))
    assert result.exit_code == 1
    assert "Queued 2 of 3 messages" in result.stderr
    (failed,) = read_csv(tmp_path / "m.failed.csv")
    assert (failed["to"], failed["body"], failed["line"], failed["state"]) == (
        "12",
        "bad number",
        "3",
        "not_sent",  # the SDK's own check: it never left
    )
    assert failed["reason"].startswith("not sent: sms.send_many: messages[1].to is neither")
    scheduled = [item for item in history_of(embedded) if item["body"] == "later"]
    assert scheduled[0]["schedule"] == int(datetime(2030, 1, 1, tzinfo=UTC).timestamp())


def test_send_many_unknown_outcomes_are_kept_from_being_resent(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    source = messages_csv(tmp_path / "m.csv", [{"to": "+61411111111", "body": "x"}])
    embedded.inject("drop_after", operation="sms_send")
    embedded.inject("malformed", times=50, operation="sms_history_list")  # cannot look it up
    result = run(embedded, "sms", "send-many", str(source))
    assert result.exit_code == 1
    (failed,) = read_csv(tmp_path / "m.failed.csv")
    assert failed["state"] == "unknown"
    assert "before sending it again" in failed["reason"]
    assert embedded.request_counts["sms_send"] == 1

    embedded.clear_faults()
    again = run(embedded, "sms", "send-many", str(tmp_path / "m.failed.csv"))
    assert again.exit_code == 2
    assert "line 2: this message's outcome was unknown" in again.stderr
    assert embedded.request_counts["sms_send"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "m.csv is empty"),
        ("to\n+61411111111\n", "line 1: no body column"),
        ("body\nhello\n", "line 1: no to or list_id column"),
        ("to,body,colour\n+61411111111,hi,red\n", "line 1: unknown column 'colour'"),
        ("to,body\n+61411111111,hi\n+61411111111\n", "line 3: 1 cells where the header has 2"),
        ("to,body\n+61411111111,hi\n+61411111112,\n", "line 3: no body"),
        (
            "to,body,schedule\n+61411111111,hi,tomorrow\n",
            "line 2, column schedule: 'tomorrow' is not a time",
        ),
        (
            "to,body,exclude_no_sender_id_recipients\n+61411111111,hi,maybe\n",
            "line 2, column exclude_no_sender_id_recipients: 'maybe' is not yes/no",
        ),
    ],
)
def test_send_many_refuses_a_bad_file_before_sending_anything(
    embedded: EmbeddedClickSend, tmp_path: Path, content: str, message: str
) -> None:
    source = write_csv(tmp_path / "m.csv", content)
    result = run(embedded, "sms", "send-many", str(source))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "nothing was sent" in result.stderr
    assert embedded.requests == []


def test_send_many_without_credit_sends_nothing_and_says_why(
    embedded: EmbeddedClickSend, tmp_path: Path
) -> None:
    from clicksend_async.testing import TEST_API_KEY

    source = messages_csv(tmp_path / "m.csv", [{"to": "+61411111111", "body": "x"}] * 3)
    result = run(
        embedded,
        "--json",
        "sms",
        "send-many",
        str(source),
        CLICKSEND_USERNAME="nocredit",
        CLICKSEND_API_KEY=TEST_API_KEY,
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["counts"]["not_sent"] == 3
    failed = read_csv(tmp_path / "m.failed.csv")
    assert [row["line"] for row in failed] == ["2", "3", "4"]
    assert all("INSUFFICIENT_CREDIT" in row["reason"] for row in failed)
    assert TEST_API_KEY not in result.stdout + result.stderr
