"""Value spellings: the one place where an answer's values take the docs' or the typed JSON types.

The handlers build answers in the docs' spelling (money as "4.998000", contact times as digit
strings, ids as the docs show them). With `spelling="typed"` the dispatcher walks each answer
along the response model of its operation (the generated models know which field is money, a
whole number or Unix time, or a flag) and respells it as ClickSend's newer description types it:
money as a JSON number, whole numbers and Unix times as integers, flags as 0/1 integers. A value
that does not read as its kind (an empty string, null) is left as it is; so are fields the models
do not describe.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Union

from .._generated import api as _api
from .._generated import models as _models

#: The spellings an `EmbeddedClickSend` can answer in.
SPELLINGS = ("docs", "typed")

# A field's kind: "money", "integer" (whole numbers and Unix times), "flag", a nested shape
# (a model class), or a list of one of these.
_Kind = Union[str, type, "_ListOf"]


class _ListOf(typing.NamedTuple):
    item: _Kind


def _kind(annotation: Any) -> _Kind | None:
    """What an annotation of a generated model says about its JSON spelling."""
    if annotation is Decimal:
        return "money"
    if annotation is bool:
        return "flag"
    if annotation is int:
        return "integer"
    if inspect.isclass(annotation) and hasattr(annotation, "from_dict"):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation) or (None,)
        inner = _kind(item)
        return None if inner is None else _ListOf(inner)
    if origin in (Union, types.UnionType):
        kinds = {
            kind
            for arg in typing.get_args(annotation)
            if arg is not type(None) and getattr(arg, "__name__", "") != "Unset"
            for kind in [_kind(arg)]
        }
        # One kind for every spelling of the field (`None | int | Unset`); mixed ones are
        # left as they are.
        if len(kinds) == 1 and None not in kinds:
            return kinds.pop()
    return None


@cache
def _fields(model: type) -> dict[str, _Kind]:
    """The JSON names of a model's typed fields and their kinds."""
    namespace = {name: getattr(_models, name) for name in dir(_models) if name[:1].isupper()}
    try:
        hints = typing.get_type_hints(model, localns=namespace)
    except (NameError, TypeError):  # pragma: no cover - a model the namespace cannot resolve
        return {}
    fields: dict[str, _Kind] = {}
    for name, annotation in hints.items():
        kind = _kind(annotation)
        if kind is not None and name != "additional_properties":
            # `from_` is "from" on the wire, as in every generated to_dict.
            fields[name[:-1] if name.endswith("_") else name] = kind
    return fields


@cache
def response_models() -> dict[str, type]:
    """The model of each operation's 200 answer, by operationId (the `parse` of its module)."""
    found: dict[str, type] = {}
    for group in pkgutil.iter_modules(_api.__path__):
        package = importlib.import_module(f"{_api.__name__}.{group.name}")
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            parse = getattr(module, "parse", None)
            if parse is None:
                continue
            hints = typing.get_type_hints(parse, localns=vars(module))
            model = hints.get("return")
            if inspect.isclass(model) and hasattr(model, "from_dict"):
                found[module_info.name] = model
    return found


def respell(operation: str, payload: object, spelling: str) -> object:
    """The answer of `operation` in `spelling` ("docs": as built; "typed": JSON types)."""
    if spelling == "docs":
        return payload
    model = response_models().get(operation)
    return payload if model is None else _walk(payload, model)


def _walk(value: object, kind: _Kind) -> object:
    if isinstance(kind, _ListOf):
        return [_walk(item, kind.item) for item in value] if isinstance(value, list) else value
    if isinstance(kind, type):
        if not isinstance(value, dict):
            return value
        fields = _fields(kind)
        # `_currency` on the wire is the model's `currency` (the generated to_dict's mapping).
        return {
            key: _walk(item, found) if (found := fields.get(key) or fields.get(key[1:])) else item
            for key, item in value.items()
        }
    return _typed(value, kind)


def _typed(value: object, kind: str) -> object:
    if kind == "flag":
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str) and value in ("0", "1"):
            return int(value)
        return value
    if kind == "integer":
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        return value
    # money
    if isinstance(value, str | Decimal):
        try:
            amount = Decimal(value.strip() if isinstance(value, str) else value)
        except InvalidOperation:
            return value
        if not amount.is_finite():
            return value
        return float(amount)
    return value
