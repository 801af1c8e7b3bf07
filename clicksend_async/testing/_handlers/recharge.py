"""Recharge: the card on file, packages, purchases and transactions.

Purchasing a package charges the card on file (none: 403 FORBIDDEN), adds the package's price
to the balance and records a transaction. It spends no credit, so the `nocredit` account can
buy. Only sending spends credit (see `_sending`). Only the card's last four digits, expiry and
name are kept, never its number or cvc.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..._generated.models import (
    CreditCardInfo,
    CreditCardToken,
    Package,
    Purchase,
    RechargePackages,
)
from ..._generated.models import Transaction as TransactionModel
from .._data import PACKAGES, currency_of
from .._protocol import ApiError, bad_request, not_found
from .._store import Card, Transaction, in_aud, money
from ._base import Call, Result, check_country, handles
from .account import currency_model


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
    currency = (
        call.me.currency if country is None else currency_of(check_country("country", country))
    )
    packages = RechargePackages(
        packages=[_package(*package) for package in PACKAGES], currency=currency_model(currency)
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
