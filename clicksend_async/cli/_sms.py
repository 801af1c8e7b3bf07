"""`clicksend sms ...`: send, price, history, receipts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import click

from .._client import ClickSend
from ..models import SmsHistoryItem, SmsMessage, SmsReceipt, SmsSendResult
from ._app import EXIT_REFUSED, Settings, json_option
from ._output import safe_view

__all__ = ["parse_time", "sms", "when"]

#: The status of a message ClickSend queued (or priced); any other is its refusal.
SUCCESS = "SUCCESS"
#: Rows `history` and `receipts` print unless told otherwise.
DEFAULT_ROWS = 50


def parse_time(text: str) -> int:
    """A moment as Unix seconds: Unix seconds, or ISO 8601 with its UTC offset (or Z).

    Raises:
        ValueError: Neither, or a date and time without an offset (which moment it means
            would depend on a time zone).
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a time: give Unix seconds or an ISO 8601 date and time, "
            "e.g. 2026-11-28T09:00+11:00"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(
            f"{text!r} has no UTC offset: add one (2026-11-28T09:00+11:00, or Z for UTC)"
        )
    return int(moment.timestamp())


def when(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """`parse_time` as an option's callback (a bad time is bad usage)."""
    if value is None:
        return None
    try:
        return parse_time(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _time(value: object) -> object:
    """A Unix time as an ISO 8601 UTC time, for tables (JSON keeps the number)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d %H:%MZ")
    return value


def _messages(
    to: Sequence[str], body: str, sender: str | None, schedule: int | None
) -> list[SmsMessage]:
    extra: dict[str, Any] = {}
    if sender is not None:
        extra["from_"] = sender
    if schedule is not None:
        extra["schedule"] = schedule
    return [SmsMessage(to=number, body=body, **extra) for number in to]


def _message_options(command: Any) -> Any:
    for option in reversed(
        [
            click.option(
                "--to",
                "to",
                multiple=True,
                required=True,
                metavar="NUMBER",
                help="Recipient, E.164 (e.g. +61411111111); repeat for more.",
            ),
            click.option("--body", required=True, help="The text."),
            click.option(
                "--from",
                "sender",
                metavar="SENDER",
                help="Sender id: a dedicated number, alpha tag or own number.",
            ),
        ]
    ):
        command = option(command)
    return command


def _show_result(
    settings: Settings, result: SmsSendResult, title: str, *, scheduled: bool = False
) -> int:
    """Print a send or price answer; return how many messages ClickSend refused."""
    view = safe_view(result)
    refused = sum(1 for message in result.messages if message.status != SUCCESS)
    output = settings.output
    if settings.as_json:
        output.json(view)
        return refused
    rows = [
        {**message, "date": _time(message.get("date")), "schedule": _time(message.get("schedule"))}
        for message in view["messages"]
    ]
    columns = ["to", "status", "message_parts", "message_price", "message_id", "schedule"]
    if all(not row.get("message_id") for row in rows):
        columns.remove("message_id")
    if not scheduled:
        columns.remove("schedule")
    output.rows(title, rows, columns)
    currency = view.get("currency", {}).get("currency_name_short", "")
    total = view.get("total_price")
    line = f"{len(rows) - refused} of {len(rows)} messages {title.split()[0].lower()}"
    if total is not None:
        line += f"; total price {total} {currency}".rstrip()
    output.note(line)
    return refused


@click.group()
def sms() -> None:
    """Send SMS, price them, read the history and the delivery receipts."""


@sms.command()
@_message_options
@click.option(
    "--schedule",
    metavar="WHEN",
    callback=when,
    help="Send later: Unix seconds, or e.g. 2026-11-28T09:00+11:00.",
)
@json_option
@click.pass_obj
def send(
    settings: Settings,
    to: tuple[str, ...],
    body: str,
    sender: str | None,
    schedule: int | None,
) -> None:
    """Send one SMS to each --to number (exit 1 when ClickSend refuses any of them)."""
    messages = _messages(to, body, sender, schedule)

    async def run(cs: ClickSend) -> SmsSendResult:
        return await cs.sms.send(messages=messages)

    if _show_result(settings, settings.run(run), "Sent messages", scheduled=schedule is not None):
        raise click.exceptions.Exit(EXIT_REFUSED)


@sms.command()
@_message_options
@json_option
@click.pass_obj
def price(settings: Settings, to: tuple[str, ...], body: str, sender: str | None) -> None:
    """Price an SMS to each --to number, without sending anything."""
    messages = _messages(to, body, sender, None)

    async def run(cs: ClickSend) -> SmsSendResult:
        return await cs.sms.price(messages=messages)

    if _show_result(settings, settings.run(run), "Priced messages"):
        raise click.exceptions.Exit(EXIT_REFUSED)


def _limit_option(command: Any) -> Any:
    return click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=DEFAULT_ROWS,
        show_default=True,
        help="Most rows to show; 0 for all.",
    )(command)


@sms.command()
@click.option("--since", metavar="WHEN", callback=when, help="From: Unix seconds or ISO 8601.")
@click.option("--until", metavar="WHEN", callback=when, help="Up to: Unix seconds or ISO 8601.")
@_limit_option
@json_option
@click.pass_obj
def history(settings: Settings, since: int | None, until: int | None, limit: int) -> None:
    """The SMS sent from the account, newest first (--json shows every field)."""

    async def run(cs: ClickSend) -> list[SmsHistoryItem]:
        found: list[SmsHistoryItem] = []
        async for item in cs.sms.history.iter(date_from=since, date_to=until):
            found.append(item)
            if len(found) == limit:
                break
        return found

    items = [safe_view(item) for item in settings.run(run)]
    if not settings.as_json:
        items = [{**item, "date": _time(item.get("date"))} for item in items]
    settings.output.rows(
        f"SMS history ({len(items)})",
        items,
        ["date", "to", "status", "body", "message_id"],
    )


@sms.command()
@_limit_option
@json_option
@click.pass_obj
def receipts(settings: Settings, limit: int) -> None:
    """The SMS delivery receipts ClickSend keeps for polling."""

    async def run(cs: ClickSend) -> list[SmsReceipt]:
        found: list[SmsReceipt] = []
        async for item in cs.sms.receipts.iter():
            found.append(item)
            if len(found) == limit:
                break
        return found

    items = [safe_view(item) for item in settings.run(run)]
    if not settings.as_json:
        items = [{**item, "timestamp": _time(item.get("timestamp"))} for item in items]
    settings.output.rows(
        f"SMS delivery receipts ({len(items)})",
        items,
        ["timestamp", "message_id", "status_code", "status_text", "error_text", "custom_string"],
    )
