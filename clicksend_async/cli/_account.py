"""`clicksend account` and `clicksend lists`."""

from __future__ import annotations

import click

from .._client import ClickSend
from ..models import Account, ContactList
from ._app import Settings, json_option
from ._output import safe_view

__all__ = ["account", "lists"]


@click.command()
@json_option
@click.pass_obj
def account(settings: Settings) -> None:
    """Show the account: balance, owner, settings (never its API key)."""

    async def get(cs: ClickSend) -> Account:
        return await cs.account.get()

    me = settings.run(get)
    settings.output.record(f"Account {me.username}", safe_view(me))


@click.command()
@json_option
@click.pass_obj
def lists(settings: Settings) -> None:
    """List the contact lists, with how many contacts each holds."""

    async def every(cs: ClickSend) -> list[ContactList]:
        return [item async for item in cs.lists.iter()]

    found = settings.run(every)
    settings.output.rows(
        f"Contact lists ({len(found)})",
        [safe_view(item) for item in found],
        ["list_id", "list_name", "contacts_count", "list_email_id"],
    )
