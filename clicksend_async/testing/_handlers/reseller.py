"""Reseller: client accounts made by an account, its settings, and credit moved to clients.

- A client account is a real account of the embedded ClickSend (it can log in with its
  password), active at once, with no credit, remembered as the reseller's. Another
  account's client answers 404 NOT_FOUND.
- A public sign-up names the reseller by its `reseller_user_id`; it needs the reseller's
  `allow_public_signups` (403 FORBIDDEN otherwise).
- Moving credit takes it from the reseller's balance (403 INSUFFICIENT_CREDIT when short) and
  gives it to the client, in the reseller's currency (400 BAD_REQUEST for another one).
- The settings start from DEFAULTS (the subdomain is the username); a subdomain is unique.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Final

from .._messaging.engine import insufficient_credit
from .._protocol import ApiError, bad_request, not_found
from .._store import Account
from ._base import Call, Result, handles
from .account import new_account, render_account

DEFAULTS: Final[dict[str, Any]] = {
    "company_name": "",
    "allow_public_signups": 0,
    "colour_navigation": "#0A64A0",
    "logo_url": "",
    "logo_url_light": "",
    "logo_url_dark": "",
    "default_margin": 0,
    "default_margin_numbers": 0,
    "trial_balance": "0.00",
}


def _amount(value: object, name: str, least: Decimal | int) -> str:
    """An amount of money sent as a number or a decimal string, as a decimal string."""
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise InvalidOperation
        amount = Decimal(str(value))
    except InvalidOperation:
        raise bad_request(f"{name} must be an amount, e.g. 10.00.") from None
    if not amount.is_finite() or amount < least:
        raise bad_request(f"{name} must be an amount of at least {least}.")
    return f"{amount:.2f}"


def _settings(account: Account) -> dict[str, Any]:
    return {
        "reseller_user_id": account.user_id,
        "subdomain": account.username.lower(),
        **DEFAULTS,
        **account.reseller_settings,
    }


@handles("reseller_get")
def reseller_get(call: Call) -> Result:
    """The account's reseller settings."""
    return "Here are your reseller settings.", [_settings(call.me)]


@handles("reseller_update")
def reseller_update(call: Call) -> Result:
    """Change the reseller settings; a subdomain taken by another reseller is refused."""
    values = call.fields()
    subdomain = values["subdomain"].lower()
    for other in call.store.accounts.values():
        if other is not call.me and _settings(other)["subdomain"] == subdomain:
            raise ApiError(400, "ALREADY_EXISTS", f"The subdomain {subdomain!r} is taken.")
    for name in ("default_margin", "default_margin_numbers"):
        margin = values[name]
        if isinstance(margin, bool) or not isinstance(margin, int | float) or margin < 0:
            raise bad_request(f"{name} must be a number of at least 0.")
    values["trial_balance"] = _amount(call.body().get("trial_balance"), "trial_balance", 0)
    changed = {name: values[name] for name in values if name in (*DEFAULTS, "subdomain")}
    changed["subdomain"] = subdomain
    call.me.reseller_settings.update(changed)
    call.store.generation += 1
    return "Your reseller settings have been updated.", _settings(call.me)


@handles("reseller_get_by_subdomain")
def reseller_get_by_subdomain(call: Call) -> Result:
    """A reseller's public settings, by subdomain."""
    wanted = call.params["subdomain"].lower()
    for account in call.store.accounts.values():
        if _settings(account)["subdomain"] == wanted:
            return "Here is the reseller.", _settings(account)
    raise not_found(f"No reseller has the subdomain {wanted[:40]!r}.")


def _clients(call: Call) -> list[Account]:
    return [a for a in call.store.accounts.values() if a.reseller == call.me.username]


def _client(call: Call, user_id: object) -> Account:
    for account in _clients(call):
        if account.user_id == user_id:
            return account
    raise not_found(f"No client account #{str(user_id)[:20]}.")


@handles("reseller_accounts_list")
def reseller_accounts_list(call: Call) -> Result:
    """The reseller's client accounts, oldest first."""
    clients = _clients(call)
    fields = tuple(render_account(clients[0])) if clients else ("user_id", "username")
    return "Here are your client accounts.", call.page(clients, render_account, fields)


@handles("reseller_accounts_create")
def reseller_accounts_create(call: Call) -> Result:
    """Make a client account."""
    client = new_account(call, active=True, reseller=call.me.username)
    return "New client account has been created.", render_account(client)


@handles("reseller_accounts_create_public")
def reseller_accounts_create_public(call: Call) -> Result:
    """A public sign-up under a reseller that allows them."""
    reseller_id = call.fields()["reseller_user_id"]
    reseller = next((a for a in call.store.accounts.values() if a.user_id == reseller_id), None)
    if reseller is None:
        raise bad_request(f"reseller_user_id {reseller_id} names no reseller.")
    if not _settings(reseller)["allow_public_signups"]:
        raise ApiError(403, "FORBIDDEN", "This reseller takes no public sign-ups.")
    client = new_account(call, active=True, reseller=reseller.username)
    return "New client account has been created.", render_account(client)


@handles("reseller_accounts_get")
def reseller_accounts_get(call: Call) -> Result:
    """One client account."""
    client = _client(call, call.id_param("client_user_id"))
    return "Here is your client account.", render_account(client)


@handles("reseller_accounts_update")
def reseller_accounts_update(call: Call) -> Result:
    """Change a client account's details (its username stays)."""
    client = _client(call, call.id_param("client_user_id"))
    values = call.fields()
    if values["username"] != client.username:
        raise bad_request("username must be the client's own: no account is renamed.")
    client.password = values["password"]
    client.email = values["user_email"]
    client.phone = values["user_phone"]
    client.first_name = values["user_first_name"]
    client.last_name = values["user_last_name"]
    client.account_name = values["account_name"]
    client.country = values["country"].upper()
    call.store.generation += 1
    return "Client account has been updated.", render_account(client)


@handles("reseller_transfer_credit")
def reseller_transfer_credit(call: Call) -> Result:
    """Move credit from the reseller to a client account."""
    body = call.body()
    values = call.fields()
    client = _client(call, values["client_user_id"])
    amount = Decimal(_amount(body.get("balance"), "balance", Decimal("0.01")))
    if str(values["currency"]).upper() != call.me.currency:
        raise bad_request(f"currency must be the reseller's own, {call.me.currency}.")
    if call.me.balance < amount:
        raise insufficient_credit()
    call.me.balance -= amount
    client.balance += amount
    call.store.generation += 1
    return "Credit has been transferred.", render_account(client)
