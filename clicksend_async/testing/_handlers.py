"""One handler per operationId of openapi.yaml: what the embedded ClickSend does for each call.

A handler gets a `Call` (the authenticated account, path and query parameters, the body) and
returns `(response_msg, data)` for a 200 answer, or raises `ApiError`. The messages are the
docs' own. Bodies are made with the generated models' `to_dict()`, so they have the documented
shape by construction (contacts, rendered by hand for speed, are held to their model by a test).

Rules the docs leave open, as decided here (the class docstring of `EmbeddedClickSend` lists
them all):

- Which fields a body has, their types, which are required and which groups apply (at least
  one of, exactly one of) are the operation's facts from openapi.yaml (`BODIES`), never listed
  here a second time.
- Every string field of a body is stripped of surrounding whitespace. A whole-number field that
  openapi.yaml also lets be a string (`Integer`: the credit card's expiry and cvc) takes a JSON
  number or a digit string, as the docs' samples send both. A required field that is absent,
  null or empty answers 400 MISSING_REQUIRED_FIELDS naming it; a field of the wrong type
  answers 400 BAD_REQUEST. Unknown fields are ignored.
- A contact needs at least one of phone_number, email, fax_number (create and update alike).
  Phone and fax numbers may hold spaces, dashes, dots and brackets, which are dropped; what is
  left must be 6 to 15 digits with an optional leading "+", else 400 INVALID_RECIPIENT. Local
  numbers are kept as given, not rewritten to E.164. An email must look like name@host.tld,
  else 400 BAD_REQUEST.
- List names and stripped strings are unique per account (ignoring case): a second one answers
  400 ALREADY_EXISTS, as does a taken username on account creation. Allowed addresses may repeat
  (the docs' own sample lists one address twice).
- Two contacts are duplicates when their phone number, email (ignoring case) and fax number are
  all equal, or, when the body names `fields` (the docs' apiary sample), when those fields are
  all equal; remove-duplicates keeps the oldest. Remove-opted-out removes every contact sharing
  a phone number, email or fax number with a contact of the opt-out list.
- Forgot-username takes an email, a phone number or both (the docs' samples send both, or a
  phone number with a `country`): it emails every account matching either. A number without
  "+" and a `country` matches the accounts of that country whose number ends with its digits.
- Copying a contact makes a new contact (new id, added now) in the target list; transferring
  moves the contact itself (same id, updated now).
- A list import is queued and recorded (`EmbeddedClickSend.imports`), never run: nothing is
  fetched. `field_order` must name contact fields.
- Purchasing a package charges the card on file (none: 403 FORBIDDEN), adds the package's price
  to the balance and records a transaction. It spends no credit, so the `nocredit` account can
  buy. No call in scope spends credit: INSUFFICIENT_CREDIT comes with the sending calls.
- Verification and password-reset codes are single-use; a wrong or used one answers 400
  BAD_REQUEST. They are "sent" to `EmbeddedClickSend.outbox`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .._generated.models import (
    Account as AccountModel,
)
from .._generated.models import (
    AllowedAddress as AllowedAddressModel,
)
from .._generated.models import (
    ContactList as ContactListModel,
)
from .._generated.models import (
    Country,
    CreditCardInfo,
    CreditCardToken,
    Currency,
    DeletedCount,
    EmailUsageRow,
    ImportQueued,
    Package,
    Purchase,
    RechargePackages,
    StrippedString,
    StrippedStringDetail,
    Subaccount,
    Usage,
    UsageRow,
    UsageTotal,
    VerificationSent,
)
from .._generated.models import (
    Transaction as TransactionModel,
)
from ._data import COUNTRIES, COUNTRY_CODES, CURRENCIES, PACKAGES, currency_of
from ._listing import ListingCache, whole_number
from ._listing import page_object as _page_object
from ._protocol import ApiError, bad_request, missing_fields, not_found
from ._routes import BODIES
from ._store import (
    Account,
    AllowedAddress,
    Card,
    Contact,
    ContactList,
    ImportJob,
    Notification,
    Store,
    StripRule,
    Transaction,
    in_aud,
    money,
)

#: What a handler returns: the `response_msg` and the `data` of a 200 answer.
Result = tuple[str, object]


@dataclass(slots=True)
class Call:
    """One request, as a handler sees it.

    Attributes:
        operation: The operationId.
        store: The whole state.
        account: The authenticated account (None for calls that need no login).
        params: Path parameters, decoded.
        query: Query parameters in order (a repeated one: its first value counts).
        raw_body: The request body.
        url: The request's URL without its query (for the page URLs).
        now: The current Unix time, in seconds.
        outbox: Where "sent" notifications go.
        imports: Where queued list imports go.
        cache: Searched-and-sorted listings.
    """

    operation: str
    store: Store
    account: Account | None
    params: Mapping[str, str]
    query: Sequence[tuple[str, str]]
    raw_body: bytes
    url: str
    now: int
    outbox: list[Notification]
    imports: list[ImportJob]
    cache: ListingCache

    @property
    def me(self) -> Account:
        """The authenticated account (the dispatcher guarantees one for calls that need it)."""
        assert self.account is not None  # noqa: S101 (only reached by calls that need a login)
        return self.account

    def body(self) -> dict[str, Any]:
        """The JSON object sent, or {} when nothing was sent.

        Raises:
            ApiError: 400 BAD_REQUEST when the body is not a JSON object.
        """
        if not self.raw_body.strip():
            return {}
        try:
            value = json.loads(self.raw_body)
        except ValueError:
            raise bad_request("The request body is not valid JSON.") from None
        if not isinstance(value, dict):
            raise bad_request("The request body must be a JSON object.")
        return value

    def fields(self) -> dict[str, Any]:
        """The body's fields, read as openapi.yaml declares them (see `body_fields`)."""
        return body_fields(self.operation, self.body())

    def first(self, name: str) -> str | None:
        """The first value of a query parameter, if given."""
        for key, value in self.query:
            if key == name:
                return value
        return None

    def id_param(self, name: str) -> int:
        """A path parameter that is an id; one that is not a number names nothing: 404."""
        text = self.params[name]
        if not text.isascii() or not text.isdigit() or len(text) > 18:
            raise not_found()
        return int(text)

    def page(
        self,
        records: Sequence[Any],
        render: Callable[[Any], Mapping[str, Any]],
        fields: Sequence[str],
        *extra_key: object,
    ) -> dict[str, Any]:
        """One page of `records`, per the request's page/limit/q/operator/order_by."""
        return _page_object(
            records,
            render,
            fields=fields,
            query=self.query,
            url=self.url,
            cache=self.cache,
            cache_key=(self.account.username if self.account else "", self.operation, *extra_key),
            generation=self.store.generation,
        )


Handler = Callable[[Call], Result]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler of an operationId."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# ------------------------------------------------------------------------------- body helpers

_PHONE_JUNK = re.compile(r"[\s().\-]")
_PHONE = re.compile(r"\+?[0-9]{6,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_URL = re.compile(r"https?://[^\s/]+\S*")


def _strings(body: Mapping[str, Any], names: Sequence[str]) -> dict[str, str]:
    """The string fields given (null counts as not given), stripped.

    Raises:
        ApiError: 400 BAD_REQUEST for a field that is not a string.
    """
    values: dict[str, str] = {}
    for name in names:
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise bad_request(
                f"{name} must be a string, got {type(value).__name__}",
                {name: [f"The {name} must be a string."]},
            )
        values[name] = value.strip()
    return values


def _require(values: Mapping[str, object], names: Sequence[str]) -> None:
    """400 MISSING_REQUIRED_FIELDS naming each of `names` that is absent or empty."""
    missing = [name for name in names if values.get(name) in (None, "")]
    if missing:
        raise missing_fields(*missing)


def _integer(body: Mapping[str, Any], name: str, digits: bool = False) -> int | None:
    """An integer field, if given; with `digits`, a string of digits is one too.

    Raises:
        ApiError: 400 BAD_REQUEST for a value that is not a whole number.
    """
    value = body.get(name)
    if value is None:
        return None
    if digits and isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,18}", value.strip()):
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        # The value itself is not echoed: it may be a card's cvc.
        raise bad_request(
            f"{name} must be a whole number", {name: [f"The {name} must be an integer."]}
        )
    return value


def body_fields(operation_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of an operation's body, by their JSON names, as its `Operation` declares them.

    Strings are stripped and integers must be whole numbers (null counts as not given); any
    other field is kept as sent, an empty one counting as not given. Then every required field
    must be there and not empty.

    Raises:
        ApiError: 400 BAD_REQUEST for a field of the wrong type; 400 MISSING_REQUIRED_FIELDS
            naming every required field that is absent, null or empty.
    """
    facts = BODIES[operation_id]
    # A field that takes both an int and a str is a whole number in either spelling.
    either = set(facts.strings) & set(facts.integers)
    values: dict[str, Any] = _strings(body, [n for n in facts.strings if n not in either])
    for name in facts.integers:
        if (number := _integer(body, name, digits=name in either)) is not None:
            values[name] = number
    for name in facts.fields:
        if name not in facts.strings and name not in facts.integers and body.get(name):
            values[name] = body[name]
    _require(values, facts.required)
    return values


def _either(names: Sequence[str]) -> str:
    """Names as prose: "a, b and c"."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _phone(name: str, value: str) -> str:
    cleaned = _PHONE_JUNK.sub("", value)
    if not _PHONE.fullmatch(cleaned):
        raise ApiError(
            400,
            "INVALID_RECIPIENT",
            f"{name} is not a valid number: 6 to 15 digits, optionally after a +.",
            {name: [f"The {name} is invalid."]},
        )
    return cleaned


def _email(name: str, value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise bad_request(
            f"{name} is not a valid email address.", {name: [f"The {name} is invalid."]}
        )
    return value


def _country(name: str, value: str) -> str:
    code = value.upper()
    if code not in COUNTRY_CODES:
        raise bad_request(
            f"{name} must be a two-letter country code (ISO 3166), got {value[:20]!r}",
            {name: [f"The {name} is invalid."]},
        )
    return code


# -------------------------------------------------------------------------------------- Account


def _currency(code: str) -> Currency:
    unit, cent, long_name, _ = CURRENCIES[code]
    return Currency(
        currency_name_short=code,
        currency_prefix_d=unit,
        currency_prefix_c=cent,
        currency_name_long=long_name,
    )


def render_account(account: Account) -> dict[str, Any]:
    """An account as GET /account shows it (its API key included, as ClickSend does)."""
    flags: dict[str, Any] = {
        name: True
        for name in (
            "access_users",
            "access_billing",
            "access_reporting",
            "access_contacts",
            "access_settings",
            "access_sms",
            "access_email",
            "access_voice",
            "access_fax",
            "access_post",
            "access_reseller",
            "access_mms",
        )
    }
    return AccountModel(
        user_id=account.user_id,
        username=account.username,
        user_email=account.email,
        active=account.active,
        banned=account.banned,
        balance=Decimal(money(account.balance)),
        user_phone=account.phone,
        reply_to=account.email,
        delivery_to=None,
        user_first_name=account.first_name,
        user_last_name=account.last_name,
        account=0,
        account_name=account.account_name,
        account_billing_email=account.email,
        account_billing_mobile=account.phone,
        country=account.country,
        default_country_sms=account.country,
        auto_recharge=False,
        auto_recharge_amount=Decimal("20.00"),
        low_credit_amount=Decimal("0.00"),
        setting_unicode_sms=False,
        setting_email_sms_subject=False,
        setting_fix_sender_id=False,
        setting_sms_message_char_limit=6,
        old_dashboard=False,
        balance_commission=Decimal("0.000000"),
        timezone="Australia/Melbourne" if account.country == "AU" else "UTC",
        currency=_currency(account.currency),
        subaccount=Subaccount(
            subaccount_id=account.subaccount_id,
            api_username=account.username,
            email=account.email,
            phone_number=account.phone,
            first_name=account.first_name,
            last_name=account.last_name,
            api_key=account.api_key,
            share_campaigns=False,
            notes=None,
            **flags,
        ),
    ).to_dict()


@handles("account_create")
def account_create(call: Call) -> Result:
    """Sign up: the new account is not active until verified (account-verify)."""
    values = call.fields()
    country = _country("country", values["country"])
    phone = _phone("user_phone", values["user_phone"])
    email = _email("user_email", values["user_email"])
    username = values["username"]
    if username.casefold() in {name.casefold() for name in call.store.accounts}:
        raise ApiError(400, "ALREADY_EXISTS", f"The username {username!r} is already taken.", {})
    api_key = "-".join(call.store.token(n) for n in (8, 4, 4, 4, 12))
    account = call.store.add_account(
        username,
        api_key,
        password=values["password"],
        balance=Decimal(0),
        country=country,
        active=False,
        email=email,
        phone=phone,
        first_name=values["user_first_name"],
        last_name=values["user_last_name"],
        account_name=values["account_name"],
    )
    return "Successfully created an account.", render_account(account)


@handles("account_get")
def account_get(call: Call) -> Result:
    """The account of the credentials used."""
    return "Here's your account", render_account(call.me)


@handles("account_usage_by_subaccount")
def account_usage_by_subaccount(call: Call) -> Result:
    """Usage of a month: nothing is ever sent, so every count is 0."""
    year, month = call.params["year"], call.params["month"]
    if not re.fullmatch(r"[0-9]{4}", year):
        raise bad_request(f"year must be four digits, e.g. 2019, got {year[:20]!r}")
    if not re.fullmatch(r"0?[1-9]|1[0-2]", month):
        raise bad_request(f"month must be 1 to 12, got {month[:20]!r}")
    me = call.me

    def row() -> UsageRow:
        return UsageRow(
            subaccount_id=me.subaccount_id,
            username=me.username,
            total_count=Decimal("0.00"),
            total_price=Decimal("0.0000"),
        )

    email_row = EmailUsageRow(
        subaccount_id=me.subaccount_id,
        username=me.username,
        total_count=0,
        total_price=Decimal("0.0000"),
    )
    usage = Usage(
        sms=[row()],
        voice=[row()],
        fax=[row()],
        post=[row()],
        email=[email_row],
        sms_total=UsageTotal(count=0, price=Decimal("0.0000")),
        voice_total=UsageTotal(count=0, price=Decimal("0.0000")),
        fax_total=UsageTotal(count=0, price=Decimal("0.0000")),
        post_total=UsageTotal(count=0, price=Decimal("0.0000")),
        email_total=UsageTotal(count=0, price=Decimal("0.0000")),
    )
    return "Here is your usage for this month.", usage.to_dict()


@handles("account_verify_send")
def account_verify_send(call: Call) -> Result:
    """Send a verification code (to `outbox`); a new one replaces the last."""
    values = call.fields()
    country = _country("country", values["country"])
    phone = _phone("user_phone", values["user_phone"])
    kind = values["type"].lower()
    if kind not in ("sms", "voice"):
        raise bad_request(f'type must be "sms" or "voice", got {values["type"][:20]!r}')
    me = call.me
    me.verify_code = call.store.digits(6)
    call.outbox.append(Notification("account_verification", me.username, phone, me.verify_code))
    sent = VerificationSent(user_phone=phone, type_=kind, country=country)
    return "Verification sent.", sent.to_dict()


@handles("account_verify")
def account_verify(call: Call) -> Result:
    """Activate the account with the code account-verify/send "sent"."""
    me = call.me
    token = call.params["activation_token"]
    if me.verify_code is None or token != me.verify_code:
        raise bad_request("The activation token is invalid or was already used.")
    me.verify_code = None
    me.active = True
    call.store.generation += 1
    return "You're account has been verified.", render_account(me)


def _has_phone(account: Account, phone: str, country: str | None) -> bool:
    """Whether an account's number is `phone`: as given, or local to `country`."""
    if account.phone is None or account.phone == phone:
        return account.phone is not None
    if country is None or phone.startswith("+") or account.country != country:
        return False
    local = phone.lstrip("0")
    return bool(local) and account.phone.endswith(local)


@handles("account_forgot_username")
def account_forgot_username(call: Call) -> Result:
    """Email the username of every account with this email or phone number."""
    values = call.fields()
    either = BODIES[call.operation].at_least_one_of
    given = [name for name in either if values.get(name)]
    if not given:
        raise missing_fields(*either)
    country = _country("country", values["country"]) if values.get("country") else None
    email = values.get("email", "").casefold()
    phone = _PHONE_JUNK.sub("", values.get("phone_number", ""))
    found = [
        account
        for account in call.store.accounts.values()
        if (email and account.email.casefold() == email)
        or (phone and _has_phone(account, phone, country))
    ]
    if not found:
        raise not_found("No account has this " + _either(given).replace("_", " ") + ".")
    for account in found:
        call.outbox.append(Notification("forgot_username", account.username, account.email))
    return "An email notification has been sent.", []


@handles("account_forgot_password")
def account_forgot_password(call: Call) -> Result:
    """Email a password-reset code to the account's address."""
    account = call.store.accounts.get(call.fields()["username"])
    if account is None:
        raise not_found("No account has this username.")
    account.reset_code = call.store.digits(8)
    call.outbox.append(
        Notification(
            "forgot_password",
            account.username,
            account.email,
            account.reset_code,
            account.subaccount_id,
        )
    )
    return "An email notification has been sent.", []


@handles("account_forgot_password_verify")
def account_forgot_password_verify(call: Call) -> Result:
    """Set a new password with the code forgot-password "sent"."""
    values = call.fields()
    subaccount_id = values["subaccount_id"]
    account = call.store.account_by_subaccount(subaccount_id)
    if account is None:
        raise not_found(f"No subaccount #{subaccount_id}.")
    if account.reset_code is None or values["activation_token"] != account.reset_code:
        raise bad_request("The activation token is invalid or was already used.")
    account.reset_code = None
    account.password = values["password"]
    return "Your password has been updated.", []


# ------------------------------------------------------------------------------------- Recharge


@handles("recharge_credit_card_get")
def recharge_credit_card_get(call: Call) -> Result:
    """The card on file, masked; 404 when there is none."""
    card = call.me.card
    if card is None:
        raise not_found("No payment info is on file: add a card with PUT /recharge/credit-card.")
    info = CreditCardInfo(
        display_number=card.display_number,
        expiry_month=card.expiry_month,
        expiry_year=card.expiry_year,
        name=card.name,
    )
    return "Customer payment info.", info.to_dict()


@handles("recharge_credit_card_update")
def recharge_credit_card_update(call: Call) -> Result:
    """Keep a card: only its last four digits, expiry and name (never the number or CVC)."""
    values = call.fields()
    digits = re.sub(r"[\s\-]", "", values["number"])
    if not re.fullmatch(r"[0-9]{12,19}", digits):
        # The number itself is never echoed: it is a secret.
        raise bad_request("number is not a card number (12 to 19 digits).")
    month, year, cvc = values["expiry_month"], values["expiry_year"], values["cvc"]
    if not 1 <= month <= 12:
        raise bad_request(f"expiry_month must be 1 to 12, got {month}")
    if year < 0:
        raise bad_request(f"expiry_year must be a year, got {year}")
    if not 0 <= cvc <= 9999:
        raise bad_request("cvc must be 3 or 4 digits.")
    token = "cus_" + call.store.token(
        22, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    )
    call.me.card = Card(
        display_number="XXXX-XXXX-XXXX-" + digits[-4:],
        expiry_month=month,
        expiry_year=year,
        name=values["name"],
        token=token,
    )
    return "Your payment info has been updated.", CreditCardToken(token=token).to_dict()


def _package(package_id: int, price: str, sms: int) -> Package:
    amount = Decimal(price)
    unit = amount / sms

    def per(factor: str) -> Decimal:
        return round(unit * Decimal(factor), 4)

    def count(factor: str) -> int:
        return int(amount / (unit * Decimal(factor)))

    return Package(
        package_id=package_id,
        package_price=amount,
        sms_price=per("1"),
        sms_quantity=sms,
        voice_mobile_price=per("1"),
        voice_mobile_quantity=sms,
        voice_landline_price=per("0.59"),
        voice_landline_quantity=count("0.59"),
        fax_price=per("2"),
        fax_quantity=count("2"),
        email_price=per("0.3333"),
        email_quantity=count("0.3333"),
        post_letter_black_price=Decimal("1.397"),
        post_letter_colour_price=Decimal("1.617"),
        post_page_black_price=Decimal("0.11"),
        post_page_colour_price=Decimal("0.264"),
        post_letter_black_quantity=int(amount / Decimal("1.397")),
        post_letter_colour_quantity=int(amount / Decimal("1.617")),
        post_direct_mail_dl_price=Decimal("0.44"),
        post_direct_mail_a5_price=Decimal("0.66"),
        post_direct_mail_min_quantity=5000,
        postcard_price=Decimal("11.0"),
        postcard_quantity=int(amount / 11),
    )


@handles("recharge_packages_list")
def recharge_packages_list(call: Call) -> Result:
    """The packages, priced in the currency of `country` (default: the account's)."""
    country = call.first("country")
    currency = call.me.currency if country is None else currency_of(_country("country", country))
    packages = RechargePackages(
        packages=[_package(*package) for package in PACKAGES], currency=_currency(currency)
    ).to_dict()
    # The models write every amount as a decimal string; the docs show the per-unit prices
    # as JSON numbers (and only package_price as a string), so they go out as numbers.
    for package in packages["packages"]:
        for name, value in package.items():
            if name.endswith("_price") and name != "package_price":
                package[name] = float(value)
    return "List of Packages.", packages


@handles("recharge_purchase")
def recharge_purchase(call: Call) -> Result:
    """Buy a package with the card on file: credit added, a transaction recorded."""
    package_id = call.id_param("package_id")
    price = next((p for i, p, _ in PACKAGES if i == package_id), None)
    if price is None:
        raise not_found(f"No package #{package_id}.")
    me = call.me
    if me.card is None:
        raise ApiError(
            403,
            "FORBIDDEN",
            "No credit card is on file: add one with PUT /recharge/credit-card first.",
        )
    amount = Decimal(price)
    me.balance += amount
    transaction = Transaction(
        invoice_number=str(call.store.rng.getrandbits(128).to_bytes(16, "big").hex()),
        amount=amount,
        currency=me.currency,
        date=call.now,
    )
    # An invoice number looks like a UUID, as in the docs.
    number = transaction.invoice_number
    transaction.invoice_number = "-".join(
        (number[:8], number[8:12], "4" + number[13:16], number[16:20], number[20:32])
    )
    me.transactions[transaction.invoice_number] = transaction
    call.store.generation += 1
    purchase = Purchase(
        user_id=me.user_id,
        amount=amount,
        currency=me.currency,
        amount_aud=Decimal(money(in_aud(amount, me.currency), 2)),
        date=call.now,
    )
    return f"Successfully purchased a package #{package_id}", purchase.to_dict()


def _render_transaction(transaction: Transaction) -> dict[str, Any]:
    return TransactionModel(
        invoice_number=transaction.invoice_number,
        amount=transaction.amount,
        currency=transaction.currency,
        date=transaction.date,
    ).to_dict()


_TRANSACTION_FIELDS = ("invoice_number", "amount", "currency", "date")


@handles("recharge_transactions_list")
def recharge_transactions_list(call: Call) -> Result:
    """The account's transactions, newest first (as in the docs' sample)."""
    transactions = list(reversed(call.me.transactions.values()))
    return "Here are your transactions.", call.page(
        transactions, _render_transaction, _TRANSACTION_FIELDS
    )


@handles("recharge_transaction_get")
def recharge_transaction_get(call: Call) -> Result:
    """One transaction, by its invoice number."""
    transaction = call.me.transactions.get(call.params["transaction_id"])
    if transaction is None:
        raise not_found("No such transaction.")
    return "Here is your transaction.", _render_transaction(transaction)


# -------------------------------------------------------------------------------------- Contact


def _find_list(call: Call, name: str = "list_id") -> ContactList:
    list_id = call.id_param(name)
    found = call.me.lists.get(list_id)
    if found is None:
        raise not_found(f"List #{list_id} not found.")
    return found


def _find_contact(call: Call, contact_list: ContactList) -> Contact:
    contact_id = call.id_param("contact_id")
    found = contact_list.contacts.get(contact_id)
    if found is None:
        raise not_found(f"Contact #{contact_id} not found in List #{contact_list.list_id}.")
    return found


#: A contact's fields, and those of them that reach someone, as contacts_create takes them.
_CONTACT = BODIES["contacts_create"]


def contact_fields(body: Mapping[str, Any], operation: str = "contacts_create") -> dict[str, str]:
    """The fields of a contact create/update body, checked and cleaned (empty ones kept).

    Raises:
        ApiError: 400 MISSING_REQUIRED_FIELDS without phone_number, email and fax_number;
            400 INVALID_RECIPIENT for a bad phone or fax number; 400 BAD_REQUEST for a bad
            email or a field that is not a string.
    """
    values = body_fields(operation, body)
    addresses = BODIES[operation].at_least_one_of
    if not any(values.get(name) for name in addresses):
        either = _either(addresses)
        raise ApiError(
            400,
            "MISSING_REQUIRED_FIELDS",
            f"A contact needs at least one of {either}.",
            {name: [f"Give at least one of {either}."] for name in addresses},
        )
    for name in ("phone_number", "fax_number"):
        if values.get(name):
            values[name] = _phone(name, values[name])
    if values.get("email"):
        _email("email", values["email"])
    return values


def _set_fields(contact_fields_: dict[str, str], changes: Mapping[str, str]) -> None:
    for name, value in changes.items():
        if value:
            contact_fields_[name] = value
        else:
            contact_fields_.pop(name, None)


def _render_listed(contact: Contact) -> dict[str, Any]:
    return contact.render(listing=True)


_LISTED_CONTACT_FIELDS = tuple(Contact(0, ContactList(0, "", ""), {}, 0, 0).render(listing=True))


@handles("contacts_list")
def contacts_list(call: Call) -> Result:
    """One page of a list's contacts, in the order they joined it."""
    contact_list = _find_list(call)
    updated_after = whole_number(dict(call.query), "updated_after")
    contacts: Sequence[Contact] = list(contact_list.contacts.values())
    if updated_after is not None:
        contacts = [c for c in contacts if c.date_updated > updated_after]
    return "Here are your data.", call.page(
        contacts,
        _render_listed,
        _LISTED_CONTACT_FIELDS,
        contact_list.list_id,
        updated_after,
    )


@handles("contacts_create")
def contacts_create(call: Call) -> Result:
    """Add a contact to a list."""
    contact_list = _find_list(call)
    fields: dict[str, str] = {}
    _set_fields(fields, contact_fields(call.body(), call.operation))
    contact = call.store.add_contact(contact_list, fields, call.now)
    return "New contact has been created.", contact.render()


@handles("contacts_get")
def contacts_get(call: Call) -> Result:
    """One contact of a list."""
    contact = _find_contact(call, _find_list(call))
    return "Here are your data.", contact.render()


@handles("contacts_update")
def contacts_update(call: Call) -> Result:
    """Change the fields given (an empty string clears one); the others are kept."""
    contact = _find_contact(call, _find_list(call))
    _set_fields(contact.fields, contact_fields(call.body(), call.operation))
    contact.date_updated = call.now
    call.store.generation += 1
    return f"Contact #{contact.contact_id} has been updated.", contact.render()


@handles("contacts_delete")
def contacts_delete(call: Call) -> Result:
    """Delete a contact."""
    contact_list = _find_list(call)
    contact = _find_contact(call, contact_list)
    del contact_list.contacts[contact.contact_id]
    call.store.generation += 1
    return f"Contact #{contact.contact_id} has been deleted.", []


@handles("contacts_copy")
def contacts_copy(call: Call) -> Result:
    """Copy a contact into another list: a new contact, added now."""
    source = _find_contact(call, _find_list(call, "from_list_id"))
    target = _find_list(call, "to_list_id")
    copy = call.store.add_contact(target, dict(source.fields), call.now)
    return (
        f"Contact #{source.contact_id} has been copied to List #{target.list_id}",
        copy.render(),
    )


@handles("contacts_transfer")
def contacts_transfer(call: Call) -> Result:
    """Move a contact into another list: the same contact, updated now."""
    source_list = _find_list(call, "from_list_id")
    contact = _find_contact(call, source_list)
    target = _find_list(call, "to_list_id")
    del source_list.contacts[contact.contact_id]
    contact.contact_list = target
    contact.date_updated = call.now
    target.contacts[contact.contact_id] = contact
    call.store.generation += 1
    return (
        f"Contact #{contact.contact_id} has been transferred to List #{target.list_id}",
        contact.render(),
    )


def _addresses(contact: Contact) -> set[tuple[str, str]]:
    return {
        (name, value.casefold())
        for name in _CONTACT.at_least_one_of
        if (value := contact.fields.get(name))
    }


@handles("contacts_remove_opted_out")
def contacts_remove_opted_out(call: Call) -> Result:
    """Remove the contacts sharing a number or email with a contact of the opt-out list."""
    contact_list = _find_list(call)
    opt_out = _find_list(call, "opt_out_list_id")
    opted_out: set[tuple[str, str]] = set()
    for contact in opt_out.contacts.values():
        opted_out |= _addresses(contact)
    removed = [c.contact_id for c in contact_list.contacts.values() if _addresses(c) & opted_out]
    for contact_id in removed:
        del contact_list.contacts[contact_id]
    call.store.generation += 1
    return "Optout contacts has been deleted.", DeletedCount(deleted=len(removed)).to_dict()


# ---------------------------------------------------------------------------------- Contact List


def _render_list(contact_list: ContactList) -> dict[str, Any]:
    return ContactListModel(
        list_id=contact_list.list_id,
        list_name=contact_list.name,
        list_email_id=contact_list.email_id,
        contacts_count=len(contact_list.contacts),
    ).to_dict()


_LIST_FIELDS = ("list_id", "list_name", "list_email_id", "_contacts_count")


def _list_name(call: Call, renamed: ContactList | None = None) -> str:
    name: str = call.fields()["list_name"]
    for other in call.me.lists.values():
        if other is not renamed and other.name.casefold() == name.casefold():
            raise ApiError(
                400,
                "ALREADY_EXISTS",
                f"A list named {name!r} already exists (List #{other.list_id}).",
                {"list_name": ["The list name has already been taken."]},
            )
    return name


@handles("lists_list")
def lists_list(call: Call) -> Result:
    """One page of the account's lists, oldest first."""
    return "Here are your data.", call.page(
        list(call.me.lists.values()), _render_list, _LIST_FIELDS
    )


@handles("lists_create")
def lists_create(call: Call) -> Result:
    """Create a list; its name must be new to the account."""
    contact_list = call.store.add_list(call.me, _list_name(call))
    return "New list has been created.", _render_list(contact_list)


@handles("lists_get")
def lists_get(call: Call) -> Result:
    """One list."""
    return "Here are your data.", _render_list(_find_list(call))


@handles("lists_update")
def lists_update(call: Call) -> Result:
    """Rename a list."""
    contact_list = _find_list(call)
    contact_list.name = _list_name(call, contact_list)
    call.store.generation += 1
    return f"List #{contact_list.list_id} has been updated.", _render_list(contact_list)


@handles("lists_delete")
def lists_delete(call: Call) -> Result:
    """Delete a list and its contacts."""
    contact_list = _find_list(call)
    del call.me.lists[contact_list.list_id]
    call.store.generation += 1
    return f"List #{contact_list.list_id} has been deleted.", []


#: What makes two contacts duplicates when the body names no `fields`.
_DUPLICATE_FIELDS = ("phone_number", "email", "fax_number")


def _duplicate_fields(call: Call) -> tuple[str, ...]:
    """The contact fields a remove-duplicates body names (`fields`), or the default ones."""
    names = call.fields().get("fields")
    if not names:
        return _DUPLICATE_FIELDS
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise bad_request("fields must be a list of contact field names.")
    unknown = [name for name in names if name not in _CONTACT.fields]
    if unknown:
        raise bad_request(
            f"fields names unknown fields: {', '.join(map(repr, unknown[:5]))}; "
            f"the fields are {', '.join(_CONTACT.fields)}"
        )
    return tuple(dict.fromkeys(names))


@handles("lists_remove_duplicates")
def lists_remove_duplicates(call: Call) -> Result:
    """Remove every contact whose duplicate fields all equal an older one's."""
    contact_list = _find_list(call)
    names = _duplicate_fields(call)
    seen: set[tuple[str, ...]] = set()
    removed: list[int] = []
    for contact in sorted(contact_list.contacts.values(), key=lambda c: c.contact_id):
        fields = contact.fields
        key = tuple(
            fields.get(name, "").casefold() if name == "email" else fields.get(name, "")
            for name in names
        )
        if key in seen:
            removed.append(contact.contact_id)
        seen.add(key)
    for contact_id in removed:
        del contact_list.contacts[contact_id]
    call.store.generation += 1
    return (
        "Your list duplicate contacts has been deleted.",
        DeletedCount(deleted=len(removed)).to_dict(),
    )


@handles("lists_import_contacts")
def lists_import_contacts(call: Call) -> Result:
    """Queue an import of a file into the list (recorded, never run)."""
    contact_list = _find_list(call)
    values = call.fields()
    field_order = values["field_order"]
    if not _URL.fullmatch(values["file_url"]):
        raise bad_request("file_url must be an http or https URL.")
    if not isinstance(field_order, list) or not all(isinstance(f, str) for f in field_order):
        raise bad_request("field_order must be a list of contact field names.")
    unknown = [name for name in field_order if name not in _CONTACT.fields]
    if unknown:
        raise bad_request(
            f"field_order names unknown fields: {', '.join(map(repr, unknown[:5]))}; "
            f"the fields are {', '.join(_CONTACT.fields)}"
        )
    import_id = call.store.digits(19)
    call.imports.append(
        ImportJob(import_id, contact_list.list_id, values["file_url"], list(field_order))
    )
    queued = ImportQueued(msg="Messages put on queue.", ids=[import_id], id=import_id)
    return "Your file is now queued.", queued.to_dict()


# ------------------------------------------------------------------------------------ Countries

_COUNTRIES = [Country(code=code, value=name).to_dict() for code, name in COUNTRIES]


@handles("countries_list")
def countries_list(call: Call) -> Result:
    """Every country code and name."""
    return "List of Countries.", _COUNTRIES


# --------------------------------------------------------------------------------- Email to SMS


def _render_address(address: AllowedAddress) -> dict[str, Any]:
    return AllowedAddressModel(
        email_address_id=address.email_address_id,
        email_address=address.email_address,
        from_=address.sender,
    ).to_dict()


_ADDRESS_FIELDS = ("email_address_id", "email_address", "from")


@handles("email_sms_allowed_addresses_list")
def email_sms_allowed_addresses_list(call: Call) -> Result:
    """One page of the allowed addresses, oldest first."""
    return "Here are some data.", call.page(
        list(call.me.addresses.values()), _render_address, _ADDRESS_FIELDS
    )


@handles("email_sms_allowed_address_create")
def email_sms_allowed_address_create(call: Call) -> Result:
    """Allow an email address to send SMS by email."""
    values = call.fields()
    address = AllowedAddress(
        call.store.next_id("address"),
        _email("email_address", values["email_address"]),
        values.get("from") or None,
    )
    call.me.addresses[address.email_address_id] = address
    call.store.generation += 1
    return "New data has been saved.", _render_address(address)


def _render_rule(rule: StripRule) -> dict[str, Any]:
    return StrippedString(rule_id=rule.rule_id, strip_string=rule.text).to_dict()


def _rule_detail(rule: StripRule) -> dict[str, Any]:
    # The docs' own samples name the text `strip_string` here too (see openapi.yaml).
    return StrippedStringDetail(rule_id=rule.rule_id, strip_string=rule.text).to_dict()


_RULE_FIELDS = ("rule_id", "strip_string")


def _strip_string(call: Call, changed: StripRule | None = None) -> str:
    text: str = call.fields()["strip_string"]
    for other in call.me.rules.values():
        if other is not changed and other.text.casefold() == text.casefold():
            raise ApiError(
                400,
                "ALREADY_EXISTS",
                f"This strip string already exists (rule #{other.rule_id}).",
                {"strip_string": ["The strip string has already been taken."]},
            )
    return text


def _find_rule(call: Call) -> StripRule:
    rule_id = call.id_param("rule_id")
    rule = call.me.rules.get(rule_id)
    if rule is None:
        raise not_found(f"Rule #{rule_id} not found.")
    return rule


@handles("email_sms_stripped_strings_list")
def email_sms_stripped_strings_list(call: Call) -> Result:
    """One page of the stripped-string rules, oldest first."""
    return "Here are some data.", call.page(
        list(call.me.rules.values()), _render_rule, _RULE_FIELDS
    )


@handles("email_sms_stripped_string_create")
def email_sms_stripped_string_create(call: Call) -> Result:
    """Add a stripped-string rule."""
    rule = StripRule(call.store.next_id("rule"), _strip_string(call))
    call.me.rules[rule.rule_id] = rule
    call.store.generation += 1
    return "Strip string has been created.", _render_rule(rule)


@handles("email_sms_stripped_string_get")
def email_sms_stripped_string_get(call: Call) -> Result:
    """One rule (its text under `strip_string`, as the docs' sample shows it)."""
    return "Here are some data.", _rule_detail(_find_rule(call))


@handles("email_sms_stripped_string_update")
def email_sms_stripped_string_update(call: Call) -> Result:
    """Change a rule's text."""
    rule = _find_rule(call)
    rule.text = _strip_string(call, rule)
    call.store.generation += 1
    return "Strip string has been updated.", _rule_detail(rule)


@handles("email_sms_stripped_string_delete")
def email_sms_stripped_string_delete(call: Call) -> Result:
    """Delete a rule; the answer's `data` is `true`."""
    rule = _find_rule(call)
    del call.me.rules[rule.rule_id]
    call.store.generation += 1
    return "Strip string has been deleted.", True
