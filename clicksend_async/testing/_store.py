"""The state of the embedded ClickSend: accounts and what each one owns.

Plain records, no I/O. Ids are unique across the whole store (as ClickSend's are), while each
account sees only its own lists, contacts, addresses, rules and transactions: another account's
id answers 404, exactly like an id that never existed.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._data import CURRENCIES, currency_of

# A listed contact, key by key in the docs' order; unset custom fields show "" and other unset
# fields null, as in the docs' "View List Contacts" sample.
_CONTACT_TEMPLATE: dict[str, Any] = {
    "contact_id": 0,
    "list_id": 0,
    "phone_number": None,
    "first_name": None,
    "last_name": None,
    "custom_1": "",
    "custom_2": "",
    "custom_3": "",
    "custom_4": "",
    "date_added": "0",
    "date_updated": "0",
    "fax_number": None,
    "organization_name": None,
    "email": None,
    "address_line_1": None,
    "address_line_2": None,
    "address_city": None,
    "address_state": None,
    "address_postal_code": None,
    "address_country": None,
    "_list_name": "",
}


@dataclass(slots=True, eq=False)
class Contact:
    """A contact. `fields` holds only the fields that are set (the rest show as empty)."""

    contact_id: int
    contact_list: ContactList
    fields: dict[str, str]
    date_added: int
    date_updated: int

    def render(self, *, listing: bool = False) -> dict[str, Any]:
        """The contact as the API shows it; `date_updated` only in listings, as documented.

        Built by hand, not through the generated `Contact` model, because listings render
        thousands of them; a test holds it to the model (`Contact.from_dict(x).to_dict() == x`).
        """
        shown = _CONTACT_TEMPLATE.copy()
        shown.update(self.fields)
        shown["contact_id"] = self.contact_id
        shown["list_id"] = self.contact_list.list_id
        shown["date_added"] = str(self.date_added)
        shown["_list_name"] = self.contact_list.name
        if listing:
            shown["date_updated"] = str(self.date_updated)
        else:
            del shown["date_updated"]
        return shown


@dataclass(slots=True, eq=False)
class ContactList:
    """A contact list; `contacts` keeps the order in which contacts joined it."""

    list_id: int
    name: str
    email_id: str
    contacts: dict[int, Contact] = field(default_factory=dict)


@dataclass(slots=True)
class AllowedAddress:
    """An Email-to-SMS allowed address."""

    email_address_id: int
    email_address: str
    sender: str | None


@dataclass(slots=True)
class StripRule:
    """An Email-to-SMS stripped-string rule."""

    rule_id: int
    text: str


@dataclass(slots=True)
class Transaction:
    """A recharge: what a purchase leaves behind."""

    invoice_number: str
    amount: Decimal
    currency: str
    date: int


@dataclass(slots=True)
class Card:
    """The card on file: only what ClickSend keeps (never the number or the CVC)."""

    display_number: str
    expiry_month: int
    expiry_year: int
    name: str
    token: str


@dataclass(slots=True)
class ImportJob:
    """A queued list import (the embedded ClickSend never fetches the file)."""

    import_id: str
    list_id: int
    file_url: str
    field_order: list[str]


@dataclass(slots=True, eq=False)
class Account:
    """An account: its credentials, settings, money, and everything it owns."""

    user_id: int
    subaccount_id: int
    username: str
    api_key: str
    password: str | None
    email: str
    phone: str | None
    first_name: str
    last_name: str
    account_name: str | None
    country: str
    balance: Decimal
    active: bool = True
    banned: bool = False
    card: Card | None = None
    timezone: str | None = None
    #: The username of the reseller whose client this account is, if any.
    reseller: str | None = None
    #: Reseller settings (`PUT /reseller`), once set.
    reseller_settings: dict[str, Any] = field(default_factory=dict)
    #: Dedicated numbers bought, by number.
    numbers: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Global sending: the countries chosen, by code -> when they were agreed to (or None).
    countries: dict[str, int | None] = field(default_factory=dict)
    verify_code: str | None = None
    reset_code: str | None = None
    lists: dict[int, ContactList] = field(default_factory=dict)
    addresses: dict[int, AllowedAddress] = field(default_factory=dict)
    rules: dict[int, StripRule] = field(default_factory=dict)
    transactions: dict[str, Transaction] = field(default_factory=dict)
    imports: list[ImportJob] = field(default_factory=list)
    #: Records of the plain CRUD collections (`x-crud`): collection -> id -> fields.
    records: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        """ISO 4217 code of the account's currency."""
        return currency_of(self.country)

    def __repr__(self) -> str:
        # Never the API key, the password or a pending code.
        return f"<Account {self.username!r} user_id={self.user_id}>"


def money(value: Decimal, places: int = 6) -> str:
    """A decimal string with a fixed number of places, as ClickSend shows money."""
    return f"{value:.{places}f}"


def in_aud(amount: Decimal, currency: str) -> Decimal:
    """An amount converted to Australian dollars at the embedded server's fixed rates."""
    return amount * Decimal(CURRENCIES[currency][3])


class Store:
    """Every account and the id counters; one per `EmbeddedClickSend`.

    Args:
        seed: Seeds the generator of codes, tokens and invoice numbers.
    """

    def __init__(self, seed: int) -> None:
        self.accounts: dict[str, Account] = {}
        self.rng = random.Random(seed)  # noqa: S311 (seeded: runs repeat exactly; no secrets)
        #: Bumped by every change: cached listings older than it are stale.
        self.generation = 0
        self._ids: dict[str, int] = {}
        #: Files the server holds (uploads, history exports), by the path of their URL.
        self.files: dict[str, bytes] = {}

    def next_id(self, kind: str) -> int:
        """The next id of a kind of record ("list", "contact", ...), from 1."""
        value = self._ids.get(kind, 0) + 1
        self._ids[kind] = value
        return value

    def token(self, length: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
        """A random string from the store's seeded generator."""
        return "".join(self.rng.choices(alphabet, k=length))

    def digits(self, length: int) -> str:
        """A random string of digits that does not start with 0."""
        return str(self.rng.randint(10 ** (length - 1), 10**length - 1))

    def add_account(
        self,
        username: str,
        api_key: str,
        *,
        password: str | None = None,
        balance: Decimal,
        country: str,
        active: bool = True,
        banned: bool = False,
        email: str | None = None,
        phone: str | None = None,
        first_name: str = "Embedded",
        last_name: str = "User",
        account_name: str | None = None,
    ) -> Account:
        """Create an account; the caller has checked that the username is free."""
        user_id = self.next_id("user")
        account = Account(
            user_id=user_id,
            subaccount_id=self.next_id("subaccount"),
            username=username,
            api_key=api_key,
            password=password,
            email=email or f"{username}@example.com",
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            account_name=account_name,
            country=country.upper(),
            balance=balance,
            active=active,
            banned=banned,
        )
        self.accounts[username] = account
        self.generation += 1
        return account

    def add_list(self, account: Account, name: str) -> ContactList:
        """Create a contact list owned by `account`."""
        contact_list = ContactList(self.next_id("list"), name, self.token(16))
        account.lists[contact_list.list_id] = contact_list
        self.generation += 1
        return contact_list

    def add_contact(self, contact_list: ContactList, fields: dict[str, str], now: int) -> Contact:
        """Create a contact in a list; `fields` holds only set, non-empty fields."""
        contact = Contact(self.next_id("contact"), contact_list, fields, now, now)
        contact_list.contacts[contact.contact_id] = contact
        self.generation += 1
        return contact

    def account_by_subaccount(self, subaccount_id: int) -> Account | None:
        """The account of a subaccount id, if any."""
        for account in self.accounts.values():
            if account.subaccount_id == subaccount_id:
                return account
        return None


@dataclass(frozen=True, slots=True)
class Notification:
    """A message the embedded ClickSend "sent" (nothing leaves the process): read it in tests.

    Attributes:
        kind: "account_verification" (a code by SMS or call), "forgot_username" (an email
            with the username) or "forgot_password" (an email with a code).
        username: The account it is about.
        to: Where it went: a phone number or an email address.
        code: The code to type back (account-verify/verify, forgot-password/verify), or None.
        subaccount_id: For "forgot_password", the subaccount id that forgot-password/verify
            takes; else None.
    """

    kind: str
    username: str
    to: str
    code: str | None = None
    subaccount_id: int | None = None
