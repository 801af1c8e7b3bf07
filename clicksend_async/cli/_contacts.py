"""`clicksend contacts export` and `clicksend contacts import`: a list's contacts as CSV.

The CSV columns are the contact's fields as `contacts.create` takes them (from openapi.yaml),
plus, on export, the ones ClickSend sets (`contact_id`, `date_added`, `date_updated`). Import
takes what export writes: it ignores the columns ClickSend sets and the `line`/`reason` columns
of a failed-rows file, so a fixed failed-rows file can be imported again as it is.

Import checks the whole file before sending anything: an empty file, a header without a
phone_number, email or fax_number column, an unknown column or a malformed row stops it with a
message naming the line, and nothing is imported. Then every row is sent (`bulk_create`); the
rows that did not go in are written, with the reason, to a CSV beside the input.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import click

from .._bulk import DEFAULT_BULK_CONCURRENCY, BulkResult
from .._client import ClickSend
from .._exceptions import APIStatusError, ClickSendError
from .._generated.resources.contacts import _CONTACTS_CREATE
from .._pagination import DEFAULT_PAGE_CONCURRENCY
from ..models import Contact, Unset
from ._app import EXIT_REFUSED, Settings, json_option
from ._csv import BadInput, failed_path, read_table, write_failed, written

__all__ = ["contacts"]

#: What a row may set: `contacts.create`'s body arguments, in openapi.yaml's order.
FIELDS: tuple[str, ...] = tuple(
    name for name, arg in _CONTACTS_CREATE.args.items() if arg.location == "body"
)
#: A row needs a value in at least one of these.
REACHABLE_BY: tuple[str, ...] = _CONTACTS_CREATE.at_least_one_of
#: Set by ClickSend: exported, and ignored on import.
SET_BY_CLICKSEND: tuple[str, ...] = ("contact_id", "date_added", "date_updated")
#: What export writes, in this order.
EXPORT_COLUMNS: tuple[str, ...] = (SET_BY_CLICKSEND[0], *FIELDS, *SET_BY_CLICKSEND[1:])
#: Ignored on import: columns only a read-back has.
IGNORED_COLUMNS = frozenset(("list_id", "list_name", *SET_BY_CLICKSEND))


def reason(error: Exception) -> str:
    """Why a row did not go in, for the failed-rows file."""
    if isinstance(error, APIStatusError):
        text = f"ClickSend refused it: {error.response_code or error.status_code}"
        if error.response_msg:
            text += f": {error.response_msg}"
    elif isinstance(error, ClickSendError):
        text = str(error)
    else:
        text = f"not sent: {error}"
    if getattr(error, "outcome_unknown", False):
        text += " (it may have gone in: look in the list before importing this row again)"
    return text


def _cell(value: object) -> str:
    return "" if value is None or isinstance(value, Unset) else str(value)


@click.group()
def contacts() -> None:
    """Export a list's contacts to CSV, import a CSV into a list."""


@contacts.command("export")
@click.argument("list_id", type=click.IntRange(min=1))
@click.option(
    "-o",
    "--output",
    "target",
    required=True,
    metavar="FILE",
    help="The CSV file to write ('-' for stdout).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1, max=50),
    default=DEFAULT_PAGE_CONCURRENCY,
    show_default=True,
    help="Pages fetched at once.",
)
@json_option
@click.pass_obj
def export(settings: Settings, list_id: int, target: str, concurrency: int) -> None:
    """Write every contact of list LIST_ID to a CSV file, with a progress bar.

    The file is put in place only once every contact is in it.
    """

    async def run(cs: ClickSend) -> int:
        count = 0
        with (
            written(target) as out,
            settings.output.progress(f"Exporting list {list_id}") as progress,
        ):
            writer = csv.writer(out)
            writer.writerow(EXPORT_COLUMNS)
            task = progress.add_task("export", total=None)
            async for page in cs.contacts.iter(list_id, concurrency=concurrency).pages():
                progress.update(task, total=page.total)
                writer.writerows(_export_row(contact) for contact in page)
                count += len(page)
                progress.update(task, completed=count)
        return count

    count = settings.run(run)
    where = "stdout" if target == "-" else target
    if settings.as_json and target != "-":
        settings.output.json({"list_id": list_id, "contacts": count, "file": target})
    else:
        settings.output.note(f"Exported {count} contacts of list {list_id} to {where}")


def _export_row(contact: Contact) -> list[str]:
    return [_cell(getattr(contact, column)) for column in EXPORT_COLUMNS]


@contacts.command("import")
@click.argument("list_id", type=click.IntRange(min=1))
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--failed",
    "failed_target",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the rows that failed go [default: SOURCE's name with .failed.csv].",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1, max=50),
    default=DEFAULT_BULK_CONCURRENCY,
    show_default=True,
    help="Contacts created at once.",
)
@json_option
@click.pass_obj
def import_(
    settings: Settings,
    list_id: int,
    source: Path,
    failed_target: Path | None,
    concurrency: int,
) -> None:
    """Create a contact in list LIST_ID for every row of the CSV file SOURCE.

    Line 1 names the columns: phone_number, email, fax_number (at least one), first_name,
    last_name, organization_name, address_*, custom_1..4, as `contacts export` writes them.
    Rows that fail are written with a `reason` column to SOURCE's name with .failed.csv.
    """
    try:
        table = read_table(
            source,
            columns=FIELDS,
            ignored=IGNORED_COLUMNS,
            required=[REACHABLE_BY],
            example="phone_number,first_name,last_name",
        )
    except BadInput as error:
        settings.usage(f"{error}; nothing was imported")

    async def run(cs: ClickSend) -> BulkResult[Contact]:
        await cs.lists.get(list_id)  # no such list: say so once, not once per row
        with settings.output.progress(f"Importing into list {list_id}") as progress:
            task = progress.add_task("import", total=len(table.rows))
            return await cs.contacts.bulk_create(
                list_id,
                [row.values for row in table.rows],
                concurrency=concurrency,
                on_progress=lambda done, total: progress.update(task, completed=done),
            )

    result = settings.run(run)
    failed = result.failed
    failed_file = failed_target or failed_path(source)
    if failed:
        write_failed(
            failed_file,
            table.header,
            [(table.rows[item.index], [reason(item.error)]) for item in failed if item.error],
        )
    summary: dict[str, Any] = {
        "list_id": list_id,
        "rows": len(table.rows),
        "imported": len(table.rows) - len(failed),
        "failed": len(failed),
        "failed_file": str(failed_file) if failed else None,
    }
    if settings.as_json:
        settings.output.json(summary)
    else:
        text = f"Imported {summary['imported']} of {len(table.rows)} rows into list {list_id}"
        if failed:
            text += f"; {len(failed)} failed, written with the reason to {failed_file}"
        settings.output.note(text)
    if failed:
        raise click.exceptions.Exit(EXIT_REFUSED)
