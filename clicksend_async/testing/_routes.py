"""The route table and the body facts, built from the generated `Operation` constants.

Each `Operation` in `clicksend_async._generated.resources` carries its operationId (`name`), its
`"METHOD /path/{param}"` (`http`), whether it needs a login (`requires_auth`) and its arguments
as openapi.yaml declares them: all that the embedded ClickSend needs to route a request to its
handler and to read its body. None of it is typed here a second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import unquote

from .._generated import resources
from .._operation import Arg, Operation


@dataclass(frozen=True, slots=True)
class Route:
    """One operation of openapi.yaml.

    Attributes:
        name: The operationId.
        method: The HTTP method.
        template: The path template, e.g. "/lists/{list_id}".
        requires_auth: Whether it needs credentials.
    """

    name: str
    method: str
    template: str
    requires_auth: bool


def operations() -> list[Operation[object]]:
    """Every `Operation` constant of the generated resources."""
    return list(resources.OPERATIONS)


ROUTES: tuple[Route, ...] = tuple(
    Route(
        name=operation.name,
        method=operation.http.split(" ", 1)[0],
        template=operation.http.split(" ", 1)[1],
        requires_auth=operation.requires_auth,
    )
    for operation in operations()
)


# A pattern that only lets digits through ("^-?[0-9]+$", "^[0-9]{3,4}$").
_DIGITS = re.compile(r"(-\?)?\[0-9\](\+|\*|\{[0-9,]+\})")


@dataclass(frozen=True, slots=True)
class Body:
    """The JSON body of one operation: its fields by their JSON names, in openapi.yaml's order.

    Attributes:
        fields: Every field.
        strings: The fields that take a string.
        integers: The fields that take an integer.
        required: The fields that must be given.
        at_least_one_of: Fields of which at least one must be given.
        exactly_one_of: Fields of which exactly one must be given.
        digit_strings: The fields whose string spelling must be digits (`Integer`).
        flags: The yes/no fields (`Flag`): 0/1, "0"/"1" or a boolean.
    """

    fields: tuple[str, ...]
    strings: tuple[str, ...]
    integers: tuple[str, ...]
    required: tuple[str, ...]
    at_least_one_of: tuple[str, ...]
    exactly_one_of: tuple[str, ...]
    digit_strings: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @classmethod
    def of(cls, operation: Operation[object]) -> Body:
        """The body facts of an operation (all empty when it takes no body)."""
        args = {
            arg.wire or name: arg for name, arg in operation.args.items() if arg.location == "body"
        }

        def wire(names: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(operation.args[name].wire or name for name in names)

        return cls(
            fields=tuple(args),
            # A number that may have decimals (money, a margin) is neither: kept as sent.
            strings=tuple(n for n, arg in args.items() if str in arg.types and not _decimal(arg)),
            integers=tuple(n for n, arg in args.items() if int in arg.types and not _decimal(arg)),
            required=tuple(name for name, arg in args.items() if arg.required),
            at_least_one_of=wire(operation.at_least_one_of),
            exactly_one_of=wire(operation.exactly_one_of),
            digit_strings=tuple(
                name
                for name, arg in args.items()
                if arg.pattern is not None and _DIGITS.fullmatch(arg.pattern.strip("^$"))
            ),
            flags=tuple(
                name for name, arg in args.items() if bool in arg.types and arg.pattern == "^[01]$"
            ),
        )


def _decimal(arg: Arg) -> bool:
    return float in arg.types or Decimal in arg.types


#: The body facts of every operation, by operationId.
BODIES: dict[str, Body] = {operation.name: Body.of(operation) for operation in operations()}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
    )
    return re.compile(regex)


class RouteTable:
    """Finds the operation of a method and a path.

    Paths are matched percent-encoded, so an encoded `/` stays inside its parameter; parameters
    are decoded afterwards. One trailing slash is ignored.
    """

    def __init__(self, routes: tuple[Route, ...] = ROUTES) -> None:
        by_template: dict[str, dict[str, Route]] = {}
        for route in routes:
            by_template.setdefault(route.template, {})[route.method] = route
        # Grouped by first segment and segment count: a lookup tries only a few patterns.
        self._paths: dict[tuple[str, int], list[tuple[re.Pattern[str], dict[str, Route]]]] = {}
        # Literal segments first: /reseller/transfer-credit before /reseller/{subdomain}.
        for template, methods in sorted(by_template.items(), key=lambda t: t[0].count("{")):
            self._paths.setdefault(_key(template), []).append((_pattern(template), methods))

    def find(self, method: str, path: str) -> tuple[Route, dict[str, str]] | list[str] | None:
        """The route of a request and its decoded path parameters.

        Returns:
            The route and its parameters; the allowed methods when only the method is wrong;
            None when no operation has this path.
        """
        if len(path) > 1 and path.endswith("/"):
            path = path[:-1]
        # Templates are tried most literal first: as in OpenAPI, /reseller/transfer-credit
        # is that path alone, never /reseller/{subdomain} (a GET there answers 405).
        for pattern, methods in self._paths.get(_key(path), ()):
            match = pattern.fullmatch(path)
            if match is None:
                continue
            route = methods.get(method)
            if route is None:
                return sorted(methods)
            return route, {name: unquote(value) for name, value in match.groupdict().items()}
        return None


def _key(path: str) -> tuple[str, int]:
    segments = path.split("/")
    return segments[1] if len(segments) > 1 else "", len(segments)
