"""What the generated resources tell the runtime about each operation, and the argument checks.

Every `Operation` constant in `_generated/resources/` is written by `make generate` from
openapi.yaml: its arguments with their types and bounds, whether it needs a login, and whether
it is safe to repeat. `Operation.build` turns a call's arguments into an httpx request, or
raises `TypeError`/`ValueError` saying what to fix, before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._generated.types import Unset
from ._query import OrderBy, Search

R_co = TypeVar("R_co", covariant=True)


def discard(_: object) -> None:
    """The result of calls whose `data` carries nothing (deletes, forgot-password, ...)."""


def _type_names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


@attrs.frozen(slots=True)
class Arg:
    """One argument of an operation, as its resource method takes it.

    Attributes:
        location: Where it goes: "path", "query" or "body".
        types: The Python types accepted (None always means "not given").
        required: Whether the call cannot be made without it.
        items: For a sequence, the types of its items.
        convert: Applied to the value before sending (an enum class, a _values converter).
        minimum: Smallest number accepted.
        maximum: Largest number accepted.
        pattern: Regular expression a string must match entirely.
        min_length: Shortest string accepted.
        max_length: Longest string accepted.
        min_items: Fewest items a sequence may hold.
        max_items: Most items a sequence may hold (1,000 messages a send, say).
        rules: For a model the user builds (a message, a recipient), or a sequence of them, the
            checks of each one's fields.
        wire: Its name in the request, where that is not a Python name (`from` for `from_`).
    """

    location: Literal["path", "query", "body"]
    types: tuple[type, ...]
    required: bool = False
    items: tuple[type, ...] = ()
    convert: Callable[[Any], Any] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    rules: Rules | None = None
    wire: str | None = None

    def check(self, label: str, name: str, value: object) -> Any:
        """The value to send, converted; raises TypeError/ValueError naming what is wrong."""
        if not isinstance(value, self.types) or (
            isinstance(value, bool) and bool not in self.types
        ):
            # The value itself is not echoed: it may be a password or a card number.
            raise TypeError(
                f"{label}: {name} must be {_type_names(self.types)}, got {type(value).__name__}"
            )
        if self.items and isinstance(value, list | tuple):
            count = len(value)
            if self.min_items is not None and count < self.min_items:
                raise ValueError(
                    f"{label}: {name} must hold at least {self.min_items}, got {count}"
                )
            if self.max_items is not None and count > self.max_items:
                raise ValueError(
                    f"{label}: {name} may hold at most {self.max_items}, got {count}"
                    + ("; send_many() takes any number" if name == "messages" else "")
                )
            for i, item in enumerate(value):
                if not isinstance(item, self.items):
                    raise TypeError(
                        f"{label}: {name}[{i}] must be {_type_names(self.items)}, "
                        f"got {type(item).__name__}"
                    )
                if self.rules is not None:
                    self.rules.check(label, f"{name}[{i}]", item)
            value = list(value)
        elif self.rules is not None:
            self.rules.check(label, name, value)
        if isinstance(value, str):
            self._check_text(label, name, value)
        if self.convert is not None:
            try:
                value = self.convert(value)
            except ValueError as error:
                raise ValueError(f"{label}: {name}: {error}") from None
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                if low is not None and high is not None:
                    bounds = f"between {low:g} and {high:g}"
                else:
                    bounds = f"at least {low:g}" if low is not None else f"at most {high:g}"
                raise ValueError(f"{label}: {name} must be {bounds}, got {value}")
        return value

    def _check_text(self, label: str, name: str, value: str) -> None:
        """Length and pattern of a string as given (before any conversion)."""
        # Blanks count as nothing: ClickSend reads "   " as a missing body or name.
        if self.min_length is not None and len(value.strip()) < self.min_length:
            least = (
                "not be empty or blank" if self.min_length == 1 else (f"be {self.min_length}+ long")
            )
            raise ValueError(f"{label}: {name} must {least}")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(
                f"{label}: {name} may be at most {self.max_length} characters, got {len(value)}"
            )
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            # Not echoed: the value may be a one-time code.
            raise ValueError(f"{label}: {name} must match {self.pattern}")


def one_of_problem(
    label: str, filled: set[str], at_least_one_of: tuple[str, ...], exactly_one_of: tuple[str, ...]
) -> str | None:
    """What breaks an "at least one of" / "exactly one of" rule of openapi.yaml, if anything."""
    if at_least_one_of and not filled.intersection(at_least_one_of):
        return f"{label}: give at least one of {', '.join(at_least_one_of)} (not blank)"
    given = [name for name in exactly_one_of if name in filled]
    if exactly_one_of and len(given) != 1:
        return f"{label}: give exactly one of {', '.join(exactly_one_of)}" + (
            f", not {' and '.join(given)}" if given else ""
        )
    return None


def _filled(values: Mapping[str, object]) -> set[str]:
    """The names given a value; a blank string counts as not given (ClickSend reads it so)."""
    return {
        name
        for name, value in values.items()
        if value is not None
        and not isinstance(value, Unset)
        and (not isinstance(value, str) or value.strip())
    }


@attrs.frozen(slots=True)
class Rules:
    """The checks of a model users build for a request: a message, a recipient, an attachment.

    attrs makes its required fields required; these check what openapi.yaml says of each field
    (type, length, bounds, pattern) and of the model (at least / exactly one of), so a bad
    message fails before anything is sent, named by its place (`messages[3].to`).

    Attributes:
        fields: The checks of each field, by its Python name.
        at_least_one_of: Fields of which at least one must be given.
        exactly_one_of: Fields of which exactly one must be given.
    """

    fields: Mapping[str, Arg]
    at_least_one_of: tuple[str, ...] = ()
    exactly_one_of: tuple[str, ...] = ()

    def check(self, label: str, where: str, model: object) -> None:
        """Raise TypeError/ValueError naming `where` and the field if `model` breaks a rule."""
        values = {name: getattr(model, name, None) for name in self.fields}
        for name, value in values.items():
            if value is not None and not isinstance(value, Unset):
                self.fields[name].check(label, f"{where}.{name}", value)
        problem = one_of_problem(
            f"{label}: {where}", _filled(values), self.at_least_one_of, self.exactly_one_of
        )
        if problem is not None:
            raise ValueError(problem)


@attrs.frozen(slots=True)
class Paging:
    """How a listing pages (x-paginated): by page number, or by each page's link to the next.

    Attributes:
        kind: "page" (`page` and `limit`, a page object with `last_page`) or "cursor".
        size: The argument that sets the items per page (`limit`, `page_size`, `per_page`).
        steer: For a cursor listing, the arguments the next page's link sets (`offset`).
    """

    kind: Literal["page", "cursor"]
    size: str
    steer: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Operation(Generic[R_co]):
    """The facts of one ClickSend call, from openapi.yaml.

    Attributes:
        name: The operationId.
        label: The SDK method, e.g. "contacts.create", as error messages name it.
        http: Method and path template, e.g. "POST /lists/{list_id}/contacts".
        request: The generated builder of `httpx.AsyncClient.build_request` arguments.
        parse: Reads a 200 answer's decoded JSON into the value the SDK method returns.
        idempotent: Safe to repeat after it may have been done (x-idempotent).
        requires_auth: Whether it needs credentials.
        args: The arguments, by their Python name.
        body: The generated model of the JSON body, built from the "body" arguments.
        at_least_one_of: Body fields of which at least one must be given.
        exactly_one_of: Body fields of which exactly one must be given.
        crud: For a plain create/read/update/delete call (x-crud), its collection and the
            field that identifies an item: what the embedded ClickSend serves it from.
        paging: For a listing, how it pages.
        when: Rules that hold when a body field has a value (x-when): (field, value, other
            field, pattern the other must match), e.g. an automation rule whose action is URL
            needs a URL in `action_address`.
    """

    name: str
    label: str
    http: str
    request: Callable[..., dict[str, Any]]
    parse: Callable[[Mapping[str, Any]], R_co]
    idempotent: bool
    requires_auth: bool
    args: Mapping[str, Arg]
    body: Callable[..., Any] | None = None
    at_least_one_of: tuple[str, ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    crud: tuple[str, str] | None = None
    paging: Paging | None = None
    when: tuple[tuple[str, str, str, str], ...] = ()

    def build(self, values: Mapping[str, object]) -> dict[str, Any]:
        """Check a call's arguments and build its request.

        Args:
            values: Argument name to value; None (or absent) means not given.

        Returns:
            Keyword arguments for `httpx.AsyncClient.build_request`, with a relative URL.

        Raises:
            TypeError: An unknown argument, a missing required one, or a wrong type.
            ValueError: A value out of bounds, or a rule of openapi.yaml broken.
        """
        label = self.label
        search = values.get("search")
        if isinstance(search, Search):
            values = {**values, "search": None, "q": search.q, "operator": search.operator}
        unknown = values.keys() - self.args.keys()
        if unknown:
            raise TypeError(
                f"{label}: unknown argument(s) {', '.join(sorted(unknown))}; "
                f"it takes {', '.join(self.args)}"
            )
        call: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for name, arg in self.args.items():
            value = values.get(name)
            if value is None:
                if arg.required:
                    raise TypeError(f"{label}: {name} is required")
                continue
            value = arg.check(label, name, value)
            if isinstance(value, OrderBy):
                call[name] = str(value)
            elif arg.location == "body":
                body[name] = value
            else:
                call[name] = value
        problem = one_of_problem(label, _filled(body), self.at_least_one_of, self.exactly_one_of)
        if problem is not None:
            raise ValueError(problem)
        for field, value, target, pattern in self.when:
            if body.get(field) == value:
                given = body.get(target)
                if not isinstance(given, str) or not re.fullmatch(pattern, given):
                    raise ValueError(
                        f"{label}: with {field} {value}, {target} must match {pattern}"
                    )
        if self.body is not None:
            call["body"] = self.body(**body)
        return self.request(**call)
