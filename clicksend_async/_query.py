"""`Search` and `OrderBy`: ClickSend's `q`, `operator` and `order_by` query parameters.

The wire format ("Searching and Sorting" in the ClickSend docs):

    q=field:value,field2:value2   operator=AND|OR   order_by=field:asc|desc

Searches are not case-sensitive. `,` and `:` separate pairs and fields from values and cannot
be escaped, so a value holding either cannot be sent: it is refused here, before any request,
rather than silently searching for something else.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["OrderBy", "Search"]

_FIELD = re.compile(r"[a-z0-9_]+")
_SEPARATORS = frozenset(",:")


def _check_field(field: object, what: str) -> str:
    if not isinstance(field, str):
        raise TypeError(f"{what} field names are strings, got {type(field).__name__}")
    if not _FIELD.fullmatch(field):
        why = "is empty" if not field else "has characters outside a-z, 0-9 and _"
        raise ValueError(
            f"{what} field name {field!r} {why}: ClickSend field names are lower-case "
            "letters, digits and underscores"
        )
    return field


class Search:
    """A search: `Search(first_name="john", last_name="smith", operator="OR")`.

    Produces `q=first_name:john,last_name:smith` and `operator=OR`. Pairs keep the order given.

    Args:
        operator: "AND" (every pair matches, the default) or "OR" (any pair matches).
        **fields: Field names and the values to look for (str or int).

    Raises:
        ValueError: No field, an invalid field name, a value holding `,` or `:`, or an
            operator other than AND/OR.
        TypeError: A value that is neither str nor int.
    """

    __slots__ = ("_operator", "_pairs")

    def __init__(self, *, operator: Literal["AND", "OR"] = "AND", **fields: str | int) -> None:
        if operator not in ("AND", "OR"):
            raise ValueError(f'operator must be "AND" or "OR", got {operator!r}')
        if not fields:
            raise ValueError("Search needs at least one field=value, e.g. Search(first_name='ann')")
        pairs: list[tuple[str, str]] = []
        for field, value in fields.items():
            _check_field(field, "Search")
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise TypeError(
                    f"Search value for {field!r} must be str or int, got {type(value).__name__}"
                )
            text = str(value)
            if _SEPARATORS.intersection(text):
                raise ValueError(
                    f"Search value for {field!r} holds ',' or ':' ({text!r}); ClickSend's q "
                    "parameter cannot carry them (they separate the pairs): search for a part "
                    "of the value without them"
                )
            pairs.append((field, text))
        self._pairs = tuple(pairs)
        self._operator = operator

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The (field, value) pairs, as sent."""
        return self._pairs

    @property
    def operator(self) -> Literal["AND", "OR"]:
        """How the pairs combine."""
        return self._operator

    @property
    def q(self) -> str:
        """The `q` query parameter."""
        return ",".join(f"{field}:{value}" for field, value in self._pairs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Search):
            return NotImplemented
        return (self._pairs, self._operator) == (other._pairs, other._operator)

    def __hash__(self) -> int:
        return hash((self._pairs, self._operator))

    def __repr__(self) -> str:
        fields = ", ".join(f"{field}={value!r}" for field, value in self._pairs)
        return f"Search({fields}, operator={self._operator!r})"


class OrderBy:
    """A sort order: `OrderBy.asc("last_name")`, `OrderBy.desc("contact_id")`.

    `str(order)` is the `order_by` query parameter, e.g. `contact_id:desc`.

    Args:
        field: The field to sort by.
        direction: "asc" or "desc".

    Raises:
        ValueError: An invalid field name or direction.
    """

    __slots__ = ("_direction", "_field")

    def __init__(self, field: str, direction: Literal["asc", "desc"] = "asc") -> None:
        if direction not in ("asc", "desc"):
            raise ValueError(f'OrderBy direction must be "asc" or "desc", got {direction!r}')
        self._field = _check_field(field, "OrderBy")
        self._direction = direction

    @classmethod
    def asc(cls, field: str) -> OrderBy:
        """Sort by `field`, smallest first."""
        return cls(field, "asc")

    @classmethod
    def desc(cls, field: str) -> OrderBy:
        """Sort by `field`, largest first."""
        return cls(field, "desc")

    @property
    def field(self) -> str:
        """The field sorted by."""
        return self._field

    @property
    def direction(self) -> Literal["asc", "desc"]:
        """The direction: "asc" or "desc"."""
        return self._direction

    def __str__(self) -> str:
        return f"{self._field}:{self._direction}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderBy):
            return NotImplemented
        return (self._field, self._direction) == (other._field, other._direction)

    def __hash__(self) -> int:
        return hash((self._field, self._direction))

    def __repr__(self) -> str:
        return f"OrderBy.{self._direction}({self._field!r})"
