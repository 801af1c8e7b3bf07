"""Account: sign-up, the account itself, its verification and forgotten credentials.

- A taken username (ignoring case) answers 400 ALREADY_EXISTS on sign-up; a new account is not
  active until verified with the code account-verify/send "sent".
- Forgot-username takes an email, a phone number or both (the docs' samples send both, or a
  phone number with a `country`): it emails every account matching either. A number without
  "+" and a `country` matches the accounts of that country whose number ends with its digits.
- Verification and password-reset codes are single-use; a wrong or used one answers 400
  BAD_REQUEST. They are "sent" to `EmbeddedClickSend.outbox`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..._generated.models import Account as AccountModel
from ..._generated.models import (
    Currency,
    EmailUsageRow,
    Subaccount,
    Usage,
    UsageRow,
    UsageTotal,
    VerificationSent,
)
from .._data import CURRENCIES
from .._protocol import ApiError, bad_request, missing_fields, not_found
from .._routes import BODIES
from .._store import Account, Notification, money
from ._base import (
    PHONE_JUNK,
    Call,
    Result,
    check_country,
    check_email,
    check_phone,
    either,
    handles,
)
from .countries import TIMEZONES


def currency_model(code: str) -> Currency:
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
        setting_fix_sender_id=0,
        setting_sms_message_char_limit=6,
        old_dashboard=False,
        balance_commission=Decimal("0.000000"),
        timezone=account.timezone or ("Australia/Melbourne" if account.country == "AU" else "UTC"),
        currency=currency_model(account.currency),
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
    return "Successfully created an account.", render_account(new_account(call, active=False))


def new_account(call: Call, *, active: bool, reseller: str | None = None) -> Account:
    """An account made from the body of a sign-up (checked; a taken username is refused).

    Raises:
        ApiError: 400 ALREADY_EXISTS for a taken username; 400 for a bad phone, email or
            country.
    """
    values = call.fields()
    country = check_country("country", values["country"])
    phone = check_phone("user_phone", values["user_phone"])
    email = check_email("user_email", values["user_email"])
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
        active=active,
        email=email,
        phone=phone,
        first_name=values["user_first_name"],
        last_name=values["user_last_name"],
        account_name=values["account_name"],
    )
    account.reseller = reseller
    return account


@handles("account_get")
def account_get(call: Call) -> Result:
    """The account of the credentials used."""
    return "Here's your account", render_account(call.me)


#: The usage rows and the channels each one counts.
_USAGE: dict[str, tuple[str, ...]] = {
    "sms": ("sms",),
    "voice": ("voice",),
    "fax": ("fax",),
    "post": ("letter", "postcard"),
    "email": ("email",),
}


def _month(timestamp: int) -> tuple[int, int]:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.year, moment.month


@handles("account_usage_by_subaccount")
def account_usage_by_subaccount(call: Call) -> Result:
    """Usage of a month (UTC): what was sent then and not cancelled, per channel.

    A row counts units (SMS parts, fax and letter pages, email recipients) and their price; a
    total counts messages.
    """
    year, month = call.params["year"], call.params["month"]
    if not re.fullmatch(r"[0-9]{4}", year):
        raise bad_request(f"year must be four digits, e.g. 2019, got {year[:20]!r}")
    if not re.fullmatch(r"0?[1-9]|1[0-2]", month):
        raise bad_request(f"month must be 1 to 12, got {month[:20]!r}")
    me = call.me
    wanted = (int(year), int(month))
    sent = {
        name: [
            m
            for m in call.engine.sent(me, *channels)
            if m.status != "Cancelled" and _month(m.date) == wanted
        ]
        for name, channels in _USAGE.items()
    }

    def units(name: str) -> int:
        return sum(m.units for m in sent[name])

    def price(name: str) -> Decimal:
        return sum((m.price for m in sent[name]), Decimal("0.0000")).quantize(Decimal("0.0001"))

    def row(name: str) -> UsageRow:
        return UsageRow(
            subaccount_id=me.subaccount_id,
            username=me.username,
            total_count=Decimal(units(name)).quantize(Decimal("0.01")),
            total_price=price(name),
        )

    def total(name: str) -> UsageTotal:
        return UsageTotal(count=len(sent[name]), price=price(name))

    email_row = EmailUsageRow(
        subaccount_id=me.subaccount_id,
        username=me.username,
        total_count=units("email"),
        total_price=price("email"),
    )
    usage = Usage(
        sms=[row("sms")],
        voice=[row("voice")],
        fax=[row("fax")],
        post=[row("post")],
        email=[email_row],
        sms_total=total("sms"),
        voice_total=total("voice"),
        fax_total=total("fax"),
        post_total=total("post"),
        email_total=total("email"),
    )
    return "Here is your usage for this month.", usage.to_dict()


@handles("account_verify_send")
def account_verify_send(call: Call) -> Result:
    """Send a verification code (to `outbox`); a new one replaces the last."""
    values = call.fields()
    country = check_country("country", values["country"])
    phone = check_phone("user_phone", values["user_phone"])
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
    names = BODIES[call.operation].at_least_one_of
    given = [name for name in names if values.get(name)]
    if not given:
        raise missing_fields(*names)
    country = check_country("country", values["country"]) if values.get("country") else None
    email = values.get("email", "").casefold()
    phone = PHONE_JUNK.sub("", values.get("phone_number", ""))
    found = [
        account
        for account in call.store.accounts.values()
        if (email and account.email.casefold() == email)
        or (phone and _has_phone(account, phone, country))
    ]
    if not found:
        raise not_found("No account has this " + either(given).replace("_", " ") + ".")
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


@handles("account_update")
def account_update(call: Call) -> Result:
    """Change the account's details; its username stays (this server renames no account)."""
    values = call.fields()
    me = call.me
    if values["username"] != me.username:
        raise bad_request(
            "username must be the account's own: the embedded ClickSend renames no account.",
            {"username": ["The username cannot be changed."]},
        )
    if values.get("timezone") and values["timezone"] not in TIMEZONES:
        raise bad_request(
            f"timezone must be one of GET /timezones, got {values['timezone'][:40]!r}",
            {"timezone": ["Unknown time zone."]},
        )
    me.password = values["password"]
    me.email = check_email("user_email", values["user_email"])
    me.phone = check_phone("user_phone", values["user_phone"])
    me.first_name = values["user_first_name"]
    me.last_name = values["user_last_name"]
    me.account_name = values.get("account_name") or me.account_name
    me.country = check_country("country", values["country"])
    me.timezone = values.get("timezone") or me.timezone
    call.store.generation += 1
    return "Your account has been updated.", render_account(me)
