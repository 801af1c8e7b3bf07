"""Subaccounts: plain records of the generic CRUD store, plus a new API key on demand.

A subaccount is kept as the fields its create call sent (`crud`); it gets an `api_key` when it
is made and a new one from `subaccounts_regenerate_api_key` (the old one is forgotten). The
embedded ClickSend does not log in as a subaccount: its key is a record, not a credential.
"""

from __future__ import annotations

from typing import Any

from ._base import Call, Result, handles
from .crud import DELETED, find, on_create


def _api_key(call: Call) -> str:
    return "-".join(call.store.token(n) for n in (8, 4, 4, 4, 12))


# openapi.yaml's DoneResponse: a subaccount's delete answers `true`.
DELETED["subaccounts"] = True


@on_create("subaccounts")
def _new_subaccount(call: Call, record: dict[str, Any], sent: dict[str, Any]) -> None:
    record["api_key"] = _api_key(call)


@handles("subaccounts_regenerate_api_key")
def subaccounts_regenerate_api_key(call: Call) -> Result:
    """Give a subaccount a new API key."""
    record = find(call, "subaccounts", "subaccount_id")
    record["api_key"] = _api_key(call)
    call.store.generation += 1
    return "API key has been regenerated.", {"api_key": record["api_key"]}
