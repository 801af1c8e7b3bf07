"""`clicksend sms send-many FILE`: a CSV of messages through `sms.send_many`.

One row per message; the columns are `SmsMessage`'s fields by their names in ClickSend's API:
`to` or `list_id`, `body`, and any of `from`, `schedule` (Unix seconds, or ISO 8601 with its
UTC offset), `custom_string`, `country`, `source`, `from_email`,
`exclude_no_sender_id_recipients`. The file is checked whole before anything is sent. Then
`send_many` batches, sends and reconciles (none lost, none sent twice), and every message that
was not queued goes to FILE's name with .failed.csv, with its `state` (refused, not_sent or
unknown), the `marker` it was sent with (its `custom_string`) and the reason.

A message whose outcome is unknown may have gone out: a failed-rows file given back as input
is refused while a row still says `unknown`, so that it is looked up before it is sent again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import click

from .._client import ClickSend
from .._sending import DEFAULT_SEND_CONCURRENCY, MAX_BATCH_SIZE, SendManyResult, SendOutcome
from ..models import SmsMessage
from ._app import EXIT_REFUSED, Settings, json_option
from ._csv import BadInput, Row, failed_path, read_table, write_failed
from ._output import safe_view
from ._sms import parse_time, sms

__all__ = ["send_many"]

#: `SmsMessage`'s fields a row may set, by their name in the API (`from` for `from_`).
FIELDS: dict[str, str] = {
    field.name.rstrip("_"): field.name
    for field in attrs.fields(SmsMessage)
    if field.name not in ("additional_properties", "show_summary")  # show_summary: price only
}
#: What the failed-rows file adds before `line` and `reason`.
OUTCOME_COLUMNS: tuple[str, ...] = ("state", "marker")
FLAGS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


def _message(name: str, header: list[str], row: Row) -> SmsMessage:
    """A row as a message; a cell that cannot be read is bad input, naming the line."""
    if "state" in header and row.cells[header.index("state")].strip() == "unknown":
        raise BadInput(
            f"{name}, line {row.line}: this message's outcome was unknown, so it may have gone "
            "out: look for its marker in `clicksend sms history`, then delete the row or "
            "clear its state"
        )
    values: dict[str, Any] = {}
    for column, cell in row.values.items():
        where = f"{name}, line {row.line}, column {column}"
        if column == "schedule":
            try:
                values["schedule"] = parse_time(cell)
            except ValueError as error:
                raise BadInput(f"{where}: {error}") from None
        elif column == "exclude_no_sender_id_recipients":
            flag = FLAGS.get(cell.strip().lower())
            if flag is None:
                raise BadInput(f"{where}: {cell!r} is not yes/no (1/0, true/false)")
            values[FIELDS[column]] = flag
        else:
            values[FIELDS[column]] = cell
    if "body" not in values:
        raise BadInput(f"{name}, line {row.line}: no body")
    if "to" not in values and "list_id" not in values:
        raise BadInput(f"{name}, line {row.line}: no to (or list_id): whom is it for?")
    try:
        return SmsMessage(**values)
    except (TypeError, ValueError) as error:
        raise BadInput(f"{name}, line {row.line}: {error}") from None


def _reason(outcome: SendOutcome) -> str:
    if outcome.state == "refused":
        return f"ClickSend refused it: {outcome.status}"
    if outcome.state == "unknown":
        return (
            f"outcome unknown ({outcome.error}): look for custom_string {outcome.custom_string!r} "
            "in the history before sending it again"
        )
    return f"not sent: {outcome.error}"


def _outcome_view(outcome: SendOutcome, line: int) -> dict[str, Any]:
    view = safe_view(attrs.asdict(outcome, recurse=False, filter=lambda a, _: a.name != "message"))
    return {"line": line, "to": getattr(outcome.message, "to", None) or None, **view}


@sms.command("send-many")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--failed",
    "failed_target",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the messages not queued go [default: SOURCE's name with .failed.csv].",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, MAX_BATCH_SIZE),
    default=MAX_BATCH_SIZE,
    show_default=True,
    help="Messages per request.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 50),
    default=DEFAULT_SEND_CONCURRENCY,
    show_default=True,
    help="Requests in flight at once.",
)
@json_option
@click.pass_obj
def send_many(
    settings: Settings,
    source: Path,
    failed_target: Path | None,
    batch_size: int,
    concurrency: int,
) -> None:
    """Send one SMS per row of the CSV file SOURCE: batched, none lost, none sent twice.

    Line 1 names the columns: to (or list_id), body, and any of from, schedule, custom_string,
    country, source, from_email. Messages not queued go, with the reason, to SOURCE's name
    with .failed.csv; exit 1 when there are any.
    """
    try:
        table = read_table(
            source,
            columns=tuple(FIELDS),
            ignored=OUTCOME_COLUMNS,
            required=[("body",), ("to", "list_id")],
            example="to,body",
        )
        messages = [_message(source.name, table.header, row) for row in table.rows]
    except BadInput as error:
        settings.usage(f"{error}; nothing was sent")

    async def run(cs: ClickSend) -> SendManyResult:
        with settings.output.progress(f"Sending {len(messages)} messages") as progress:
            task = progress.add_task("send", total=len(messages))
            return await cs.sms.send_many(
                messages,
                batch_size=batch_size,
                concurrency=concurrency,
                on_progress=lambda done, total: progress.update(task, completed=done),
            )

    result = settings.run(run)
    failed = [outcome for outcome in result.outcomes if outcome.state != "queued"]
    failed_file = failed_target or failed_path(source)
    if failed:
        write_failed(
            failed_file,
            table.header,
            [(table.rows[o.index], [o.state, o.custom_string or "", _reason(o)]) for o in failed],
            extra=OUTCOME_COLUMNS,
        )
    summary: dict[str, Any] = {
        "messages": len(messages),
        "counts": dict(result.counts),
        "parts": result.parts,
        "price": str(result.price),
        "failed_file": str(failed_file) if failed else None,
    }
    if settings.as_json:
        outcomes = [_outcome_view(o, table.rows[o.index].line) for o in result.outcomes]
        settings.output.json({**summary, "outcomes": outcomes})
    else:
        settings.output.rows(
            f"Messages ({len(messages)})",
            [{"state": state, "messages": n} for state, n in result.counts.items()],
            ["state", "messages"],
        )
        text = (
            f"Queued {result.counts['queued']} of {len(messages)} messages "
            f"({result.parts} parts, price {result.price})"
        )
        if failed:
            text += f"; {len(failed)} not queued, written with the reason to {failed_file}"
        settings.output.note(text)
    if failed:
        raise click.exceptions.Exit(EXIT_REFUSED)
