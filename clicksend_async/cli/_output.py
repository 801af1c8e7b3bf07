"""What the commands print: models as their safe view, as JSON or as rich tables.

A model is shown the way its repr shows it: fields marked `repr=False` (an API key) are left
out, and so are keys ClickSend added that are not in openapi.yaml when their name looks like a
secret. The raw body is never printed, since ClickSend's own answers carry secrets (the account
answer holds `_subaccount.api_key`).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

import attrs
import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..models import Unset

__all__ = ["Output", "safe_view"]

#: Parts of a key ClickSend may add one day that mark its value as a secret.
SECRET_KEY_PARTS = ("api_key", "apikey", "password", "secret", "token", "authorization")


#: Table columns that never wrap (short codes, numbers, times); the others wrap when narrow.
UNWRAPPED_COLUMNS = frozenset(
    (
        "to",
        "status",
        "status_code",
        "date",
        "timestamp",
        "schedule",
        "message_parts",
        "list_id",
        "contacts_count",
    )
)
#: Shorter table headers for long field names (JSON keeps the names).
HEADERS = {"message_parts": "parts", "message_price": "price", "contacts_count": "contacts"}


def _secret_key(name: str) -> bool:
    lowered = name.lower()
    return any(part in lowered for part in SECRET_KEY_PARTS)


def safe_view(value: object) -> Any:
    """`value` as plain JSON-ready data, without its secrets.

    Args:
        value: A model, or a list, mapping or scalar holding models.

    Returns:
        Dicts, lists, strings, numbers, booleans and None: a model becomes a dict of the fields
        its repr shows (by their Python name, less a trailing underscore: `from_` is `from`),
        unset fields left out; money (`Decimal`) becomes a string, so no digit is lost.
    """
    if attrs.has(type(value)):
        view: dict[str, Any] = {}
        for field in attrs.fields(cast(type[attrs.AttrsInstance], type(value))):
            if not field.repr or field.name == "additional_properties":
                continue
            item = getattr(value, field.name)
            if not isinstance(item, Unset):
                view[field.name.rstrip("_")] = safe_view(item)
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, Mapping):
            view.update(safe_view(dict(extra)))
        return view
    if isinstance(value, Mapping):
        return {
            str(key): safe_view(item)
            for key, item in value.items()
            if not _secret_key(str(key)) and not isinstance(item, Unset)
        }
    if isinstance(value, list | tuple):
        return [safe_view(item) for item in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return safe_view(value.value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _cell(value: object) -> Text:
    """A table cell, as plain text (never read as rich markup: ClickSend's data is data)."""
    if value is None:
        return Text("")
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    if isinstance(value, dict | list):
        return Text(json.dumps(value, ensure_ascii=False))
    return Text(str(value))


def _flatten(view: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for key, value in view.items():
        if isinstance(value, Mapping):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


class Output:
    """Prints a command's result as JSON (`--json`) or as tables, and its notes to stderr.

    Args:
        as_json: Print JSON on stdout instead of tables.
    """

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        # Without a file given, rich writes to sys.stdout / sys.stderr as they are at the time
        # (click's test runner swaps them).
        self.console = Console(highlight=False)
        self.err = Console(stderr=True, highlight=False)

    def json(self, data: object) -> None:
        """Print `data` (already a safe view) as one JSON document."""
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))

    def record(self, title: str, view: Mapping[str, Any]) -> None:
        """One item: JSON, or a two-column table of its fields (nested ones dotted)."""
        if self.as_json:
            self.json(view)
            return
        table = Table(title=title, show_header=False, title_justify="left")
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in _flatten(view):
            table.add_row(Text(key), _cell(value))
        self.console.print(table)

    def rows(
        self,
        title: str,
        views: Sequence[Mapping[str, Any]],
        columns: Sequence[str],
        *,
        envelope: Mapping[str, Any] | None = None,
    ) -> None:
        """Many items: a JSON array (inside `envelope` when given), or a table of `columns`."""
        if self.as_json:
            self.json({**envelope, "data": list(views)} if envelope is not None else list(views))
            return
        table = Table(title=title, title_justify="left")
        if views:  # leave out what no row has (an error column when nothing failed, say)
            columns = [c for c in columns if any(v.get(c) not in (None, "") for v in views)]
        for column in columns:
            # Short codes, numbers and times stay on one line; the rest wraps to make room.
            header = HEADERS.get(column, column)
            if column in UNWRAPPED_COLUMNS:
                table.add_column(header, no_wrap=True)
            else:
                table.add_column(header, overflow="fold")
        for view in views:
            table.add_row(*(_cell(view.get(column)) for column in columns))
        self.console.print(table)

    def progress(self, what: str) -> Progress:
        """A progress bar on stderr (`what`, the bar, done/total, time taken), to use in `with`."""
        return Progress(
            # Shown as written: not read as markup, nor as a format string.
            TextColumn(escape(what).replace("{", "{{").replace("}", "}}")),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.err,
        )

    def note(self, text: str) -> None:
        """A line for the person at the terminal, on stderr (never in the way of `--json`)."""
        self.err.print(Text(text), soft_wrap=True)
