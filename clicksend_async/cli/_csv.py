"""CSV in and out for the commands that read or write files of rows.

An input file is checked whole before anything is sent: an empty file, a missing or unknown
column, a row with more or fewer cells than the header, text that is not UTF-8 or not valid
CSV stops the command with a message naming the line, and nothing is sent. A row that fails
later goes to a failed-rows file beside the input: its cells, its `line`, and the `reason`
(plus any columns the command adds); the commands ignore those columns on input, so a fixed
failed-rows file can be given back as it is.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import attrs

__all__ = ["BadInput", "Row", "Table", "failed_path", "read_table", "write_failed", "written"]

#: What every failed-rows file adds to the input's columns.
FAILED_COLUMNS: tuple[str, ...] = ("line", "reason")


class BadInput(Exception):
    """The file cannot be used as it is; the message says where and how to fix it."""


@attrs.frozen
class Row:
    """One data row of an input file.

    Attributes:
        line: The line it ends on (line 1 is the header).
        cells: Its cells, as read.
        values: Column -> cell for the columns the command takes, blank cells left out.
    """

    line: int
    cells: list[str]
    values: dict[str, str]


@attrs.frozen
class Table:
    """A checked input file: its header and its data rows (blank lines skipped)."""

    header: list[str]
    rows: list[Row]


def failed_path(source: Path) -> Path:
    """Where the rows that failed go: `contacts.csv` -> `contacts.failed.csv`, beside it."""
    return source.with_name(f"{source.stem}.failed.csv")


def read_table(
    path: Path,
    *,
    columns: Sequence[str],
    ignored: Collection[str],
    required: Sequence[Sequence[str]],
    example: str,
) -> Table:
    """Read and check an input file.

    Args:
        path: The CSV file (UTF-8, a BOM allowed).
        columns: The columns the command takes.
        ignored: Columns it accepts and skips (those of its failed-rows file, say).
        required: Groups of columns of which the header must have at least one each.
        example: A header to show when the file is empty.

    Raises:
        BadInput: What is wrong, and on which line.
    """
    name = path.name
    skip = {*ignored, *FAILED_COLUMNS}
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:
            reader = csv.reader(source, strict=True)
            try:
                header = next(reader, None)
                if header is None or not any(cell.strip() for cell in header):
                    raise BadInput(f"{name} is empty: line 1 must name the columns, e.g. {example}")
                header = [column.strip() for column in header]
                _check_header(name, header, columns, skip, required)
                rows: list[Row] = []
                for cells in reader:
                    if not any(cell.strip() for cell in cells):
                        continue  # a blank line, or a spreadsheet's row of empty cells
                    if len(cells) != len(header):
                        raise BadInput(
                            f"{name}, line {reader.line_num}: {len(cells)} cells where the "
                            f"header has {len(header)} ({', '.join(header)}); quote a value "
                            "that holds a comma, and give every row the header's columns"
                        )
                    values = {
                        column: cell
                        for column, cell in zip(header, cells, strict=True)
                        if column not in skip and cell.strip()
                    }
                    rows.append(Row(reader.line_num, cells, values))
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
        raise BadInput(f"{name} has a header but no rows: nothing to do")
    return Table(header, rows)


def _check_header(
    name: str,
    header: list[str],
    columns: Sequence[str],
    skip: Collection[str],
    required: Sequence[Sequence[str]],
) -> None:
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise BadInput(f"{name}, line 1: the column {column!r} appears twice")
        seen.add(column)
    unknown = [column for column in header if column not in columns and column not in skip]
    if unknown:
        listed = ", ".join(repr(column) for column in unknown)
        raise BadInput(
            f"{name}, line 1: unknown column{'s' if len(unknown) > 1 else ''} {listed}; "
            f"the columns are {', '.join(columns)}"
        )
    for group in required:
        if not seen & set(group):
            either = group[0] if len(group) == 1 else f"{', '.join(group[:-1])} or {group[-1]}"
            need = "it" if len(group) == 1 else "at least one of them"
            raise BadInput(f"{name}, line 1: no {either} column; each row needs {need}")


@contextmanager
def written(target: str) -> Iterator[IO[str]]:
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


def write_failed(
    path: Path,
    header: Sequence[str],
    failures: Sequence[tuple[Row, Sequence[str]]],
    extra: Sequence[str] = (),
) -> None:
    """Write the rows that failed: their cells, then `extra` columns, `line` and `reason`.

    Args:
        path: Where.
        header: The input's header.
        failures: Each row with its values of `extra` and its reason, in that order.
        extra: Columns the command adds before `line` and `reason`.
    """
    added = {*extra, *FAILED_COLUMNS}
    kept = [i for i, column in enumerate(header) if column not in added]
    with written(str(path)) as out:
        writer = csv.writer(out)
        writer.writerow([*(header[i] for i in kept), *extra, *FAILED_COLUMNS])
        for row, tail in failures:
            *values, reason = tail
            writer.writerow([*(row.cells[i] for i in kept), *values, row.line, reason])
