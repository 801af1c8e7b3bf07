"""One generic store for every plain CRUD operation: those openapi.yaml marks `x-crud`.

An operation marked `x-crud: {collection, id}` (the `crud` fact of its `Operation`) is served
here from its facts alone; no handler is written for it:

- The action is the last part of its SDK method (`sms.templates.create` -> create): list, get,
  create, update or delete.
- Records are kept per account and collection (`Account.records`); ids count from 1 per
  collection, across accounts (another account's id answers 404 NOT_FOUND, as with every id).
- create takes the body fields the operation declares (checked by `body_fields`: types,
  required fields) and answers the record: the id under the `id` name, then the fields.
  update changes the fields given and keeps the others; delete answers `[]`; list answers a
  page (search and order by any field of the records); get answers the record.
- A group with behaviour of its own adds it with `on_create`/`on_update` (defaults such as
  `verified`, checks that refuse a record) and `on_change` (what follows any change: the
  automation rules set the webhooks); the operations stay generic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from .._protocol import not_found
from .._routes import BODIES, Body, operations
from ._base import HANDLERS, Call, Handler, Result, body_fields

#: The CRUD actions, by the last part of the SDK method name.
ACTIONS: Final = ("list", "get", "create", "update", "delete")

#: A hook: (the call, the record as it will be kept, the fields sent) -> None; may raise.
Hook = Callable[[Call, dict[str, Any], dict[str, Any]], None]
_CREATE: dict[str, Hook] = {}
_UPDATE: dict[str, Hook] = {}
#: What follows any change of a collection (a record created, updated or deleted).
Changed = Callable[[Call, str], None]
_CHANGED: dict[str, Changed] = {}
#: What a delete answers, where a collection's answer is not `[]` (e.g. `true`).
DELETED: dict[str, object] = {}


def on_create(collection: str) -> Callable[[Hook], Hook]:
    """Register what a collection adds to (or checks in) a record being created."""

    def register(hook: Hook) -> Hook:
        _CREATE[collection] = hook
        return hook

    return register


def on_update(collection: str) -> Callable[[Hook], Hook]:
    """Register what a collection checks in (or adds to) a record being updated."""

    def register(hook: Hook) -> Hook:
        _UPDATE[collection] = hook
        return hook

    return register


def on_change(
    collection: str,
) -> Callable[[Callable[[Call, str], None]], Callable[[Call, str], None]]:
    """Register what follows any change of a collection's records: (the call, collection)."""

    def register(hook: Callable[[Call, str], None]) -> Callable[[Call, str], None]:
        _CHANGED[collection] = hook
        return hook

    return register


def records(call: Call, collection: str) -> dict[int, dict[str, Any]]:
    """An account's records of a collection, by id, oldest first."""
    return call.me.records.setdefault(collection, {})


def find(call: Call, collection: str, id_field: str) -> dict[str, Any]:
    """The record named by the path parameter `id_field`; 404 NOT_FOUND if there is none."""
    record_id = call.id_param(id_field)
    record = records(call, collection).get(record_id)
    if record is None:
        raise not_found(f"No such record: {id_field} {record_id}.")
    return record


def crud_handler(
    operation: str, action: str, collection: str, id_field: str, body: Body
) -> Handler:
    """The handler of one CRUD operation.

    Args:
        operation: The operationId.
        action: One of ACTIONS.
        collection: Where its records are kept.
        id_field: The name of the id (path parameter and key in answers).
        body: The operation's body facts.

    Raises:
        ValueError: An action that is not one of ACTIONS.
    """
    if action not in ACTIONS:
        raise ValueError(f"{operation}: x-crud needs a method named {', '.join(ACTIONS)}")
    label = collection.replace("_", " ").rstrip("s")

    def handle(call: Call) -> Result:
        if action == "list":
            kept = list(records(call, collection).values())
            fields = tuple(dict.fromkeys((id_field, *(kept[0] if kept else ()), *body.fields)))
            return "Here are your records.", call.page(kept, dict, fields, collection)
        if action == "create":
            sent = body_fields(operation, call.body(), body)
            record: dict[str, Any] = {id_field: call.store.next_id(collection), **sent}
            if (hook := _CREATE.get(collection)) is not None:
                hook(call, record, sent)
            records(call, collection)[record[id_field]] = record
            _changed(call, collection)
            return f"New {label} has been saved.", dict(record)
        record = find(call, collection, id_field)
        if action == "get":
            return f"Here is your {label}.", dict(record)
        if action == "update":
            sent = body_fields(operation, call.body(), body)
            changed = {**record, **sent}
            if (hook := _UPDATE.get(collection)) is not None:
                hook(call, changed, sent)
            record.update(changed)
            _changed(call, collection)
            return f"Your {label} has been updated.", dict(record)
        del records(call, collection)[record[id_field]]
        _changed(call, collection)
        return f"Your {label} has been deleted.", DELETED.get(collection, [])

    handle.__doc__ = f"{action} of the {collection} collection (generic CRUD)."
    return handle


def _changed(call: Call, collection: str) -> None:
    call.store.generation += 1
    if (hook := _CHANGED.get(collection)) is not None:
        hook(call, collection)


def register_crud() -> list[str]:
    """Serve every operation with a `crud` fact that has no handler of its own.

    Returns:
        The operationIds served.
    """
    served = []
    for operation in operations():
        crud: tuple[str, str] | None = getattr(operation, "crud", None)
        if crud is None or operation.name in HANDLERS:
            continue
        collection, id_field = crud
        action = operation.label.rsplit(".", 1)[-1]
        HANDLERS[operation.name] = crud_handler(
            operation.name, action, collection, id_field, BODIES[operation.name]
        )
        served.append(operation.name)
    return served
