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
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import attrs
import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .._bulk import DEFAULT_BULK_CONCURRENCY, BulkResult
from .._client import ClickSend
from .._exceptions import APIStatusError, ClickSendError
from .._generated.resources.contacts import _CONTACTS_CREATE
from .._pagination import DEFAULT_PAGE_CONCURRENCY
from ..models import Contact, Unset
from ._app import EXIT_REFUSED, Settings, json_option

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
#: What a failed-rows file adds to the input's columns.
FAILED_COLUMNS: tuple[str, ...] = ("line", "reason")
#: Ignored on import: columns only a read-back or a failed-rows file has.
IGNORED_COLUMNS = frozenset(("list_id", "list_name", *SET_BY_CLICKSEND, *FAILED_COLUMNS))


class BadInput(Exception):
    """The CSV cannot be imported as it is; the message says where and how to fix it."""


@attrs.frozen
class Row:
    """One data row of the input: where it was, its cells, and what it sends."""

    line: int
    cells: list[str]
    values: dict[str, str]


@attrs.frozen
class Table:
    """A checked input file."""

    header: list[str]
    rows: list[Row]


def failed_path(source: Path) -> Path:
    """Where the rows that failed go: `contacts.csv` -> `contacts.failed.csv`, beside it."""
    return source.with_name(f"{source.stem}.failed.csv")


def read_table(path: Path) -> Table:
    """Read and check an import file: every problem found here stops the import up front.

    Raises:
        BadInput: The file is empty, not UTF-8, has no phone_number/email/fax_number column,
            an unknown or repeated column, a row with more or fewer cells than the header, or
            no data rows.
    """
    name = path.name
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:
            reader = csv.reader(source, strict=True)
            try:
                header = next(reader, None)
                if header is None:
                    raise BadInput(
                        f"{name} is empty: line 1 must name the columns, e.g. "
                        "phone_number,first_name,last_name"
                    )
                header = [column.strip() for column in header]
                _check_header(name, header)
                rows: list[Row] = []
                for cells in reader:
                    if not any(cell.strip() for cell in cells):
                        continue  # a blank line, or a spreadsheet's row of empty cells
                    line = reader.line_num
                    if len(cells) != len(header):
                        raise BadInput(
                            f"{name}, line {line}: {len(cells)} cells where the header has "
                            f"{len(header)} ({', '.join(header)}); quote a value that holds a "
                            "comma, and give every row the header's columns"
                        )
                    values = {
                        column: cell
                        for column, cell in zip(header, cells, strict=True)
                        if column not in IGNORED_COLUMNS and cell.strip()
                    }
                    rows.append(Row(line, cells, values))
            except csv.Error as error:
                raise BadInput(
                    f"{name}, line {reader.line_num}: not valid CSV ({error}); "
                    'a value holding a quote is written "like ""this"""'
                ) from None
    except UnicodeDecodeError as error:
        raise BadInput(
            f"{name} is not UTF-8 text (byte {error.start}): save it as CSV UTF-8"
        ) from None
    if not rows:
        raise BadInput(f"{name} has a header but no rows: nothing to import")
    return Table(header, rows)


def _check_header(name: str, header: list[str]) -> None:
    known = {*FIELDS, *IGNORED_COLUMNS}
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise BadInput(f"{name}, line 1: the column {column!r} appears twice")
        seen.add(column)
    unknown = [column for column in header if column not in known]
    if unknown:
        listed = ", ".join(repr(column) for column in unknown)
        raise BadInput(
            f"{name}, line 1: unknown column{'s' if len(unknown) > 1 else ''} {listed}; "
            f"a contact's columns are {', '.join(FIELDS)}"
        )
    if not seen & set(REACHABLE_BY):
        raise BadInput(
            f"{name}, line 1: no {', '.join(REACHABLE_BY[:-1])} or {REACHABLE_BY[-1]} column; "
            "a contact needs at least one of them"
        )


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


@contextmanager
def _written(target: str) -> Iterator[IO[str]]:
    """A CSV file to write, put in place only when writing it succeeded; '-' is stdout."""
    if target == "-":
        yield sys.stdout
        return
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _progress(settings: Settings, what: str) -> Progress:
    return Progress(
        TextColumn(what),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=settings.output.err,
    )


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
            _written(target) as out,
            _progress(settings, f"Exporting list {list_id}") as progress,
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
        table = read_table(source)
    except BadInput as error:
        settings.usage(f"{error}; nothing was imported")

    async def run(cs: ClickSend) -> BulkResult[Contact]:
        await cs.lists.get(list_id)  # no such list: say so once, not once per row
        with _progress(settings, f"Importing into list {list_id}") as progress:
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
        _write_failed(failed_file, table.header, [(table.rows[i.index], i.error) for i in failed])
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


def _write_failed(
    path: Path, header: Sequence[str], failures: list[tuple[Row, Exception | None]]
) -> None:
    columns = [column for column in header if column not in FAILED_COLUMNS]
    kept = [i for i, column in enumerate(header) if column not in FAILED_COLUMNS]
    with _written(str(path)) as out:
        writer = csv.writer(out)
        writer.writerow([*columns, *FAILED_COLUMNS])
        for row, error in failures:
            cells = [row.cells[i] for i in kept]
            writer.writerow([*cells, row.line, reason(error) if error else "unknown"])
