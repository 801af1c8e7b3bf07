"""One Python type per field (DESIGN.md "Values") on the 37 existing operations.

ClickSend spells one kind of value in several JSON types. Each test scripts an answer in every
spelling the docs show and reads the one type back; a value that fits no spelling is an
`APIResponseValidationError` that names the field. Arguments take the docs' spellings too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

from clicksend_async import APIResponseValidationError
from clicksend_async._generated.models import CreditCard
from clicksend_async.models import UNSET
from tests.scripted import Script, answer, contact, page_of

pytestmark = pytest.mark.anyio


def account(**fields: Any) -> dict[str, Any]:
    return {"user_id": 116, "username": "johndoe1", "balance": "4.998000", **fields}


def package(**fields: Any) -> dict[str, Any]:
    return {"package_id": 1, "package_price": "20.00", **fields}


# ------------------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("sent", "read"),
    [("4.998000", Decimal("4.998000")), (4.998, Decimal("4.998")), (20, Decimal(20))],
)
async def test_a_balance_is_a_decimal_in_either_spelling(sent: object, read: Decimal) -> None:
    script = Script(answer(200, account(balance=sent, auto_recharge_amount=sent)))
    async with script.client() as cs:
        me = await cs.account.get()
    assert (me.balance, me.auto_recharge_amount) == (read, read)
    assert isinstance(me.balance, Decimal)


async def test_package_prices_are_decimals_whether_strings_or_numbers() -> None:
    # The docs send package_price as "20.00" and the per-unit prices as numbers (0.099).
    both = [package(sms_price=0.099, postcard_price=11), package(sms_price="0.099")]
    script = Script(answer(200, {"packages": both}))
    async with script.client() as cs:
        packages = await cs.recharge.list_packages()
    first, second = packages.packages
    assert (first.package_price, first.sms_price, first.postcard_price) == (
        Decimal("20.00"),
        Decimal("0.099"),
        Decimal(11),
    )
    assert second.sms_price == first.sms_price
    assert not packages.currency  # the apiary sample's answer has no `_currency`


async def test_usage_counts_are_decimals_as_the_docs_spell_them() -> None:
    row = {"subaccount_id": 1, "username": "u", "total_count": "29.00", "total_price": "2.1337"}
    again = {**row, "total_count": 29, "total_price": 2.1337}
    script = Script(answer(200, {"sms": [row, again], "sms_total": {"count": 33, "price": 2.4}}))
    async with script.client() as cs:
        usage = await cs.account.usage_by_subaccount("2024", "4")
    assert usage.sms
    assert [(r.total_count, r.total_price) for r in usage.sms] == [
        (Decimal("29.00"), Decimal("2.1337")),
        (Decimal(29), Decimal("2.1337")),
    ]
    assert usage.sms_total
    assert usage.sms_total.price == Decimal("2.4")


# ---------------------------------------------------------------------------------- times, ints


@pytest.mark.parametrize("sent", ["1436932983", 1436932983])
async def test_unix_times_are_ints_in_either_spelling(sent: object) -> None:
    script = Script(
        answer(200, contact(5, date_added=sent, date_updated=sent)),
        answer(200, {"invoice_number": "x", "amount": "20.00", "currency": "AUD", "date": sent}),
        answer(
            200,
            {"user_id": 1, "amount": "50.00", "currency": "USD", "amount_aud": 61.86, "date": sent},
        ),
    )
    async with script.client() as cs:
        got = await cs.contacts.get(1, 5)
        transaction = await cs.recharge.get_transaction("x")
        purchase = await cs.recharge.purchase(1)
    assert (got.date_added, got.date_updated) == (1436932983, 1436932983)
    assert (transaction.date, purchase.date) == (1436932983, 1436932983)
    assert purchase.amount_aud == Decimal("61.86")


async def test_whole_numbers_are_ints_when_sent_as_digit_strings() -> None:
    card = {"display_number": "XXXX-XXXX-XXXX-0000", "expiry_month": "05", "expiry_year": 2016}
    script = Script(
        answer(200, {**card, "name": "Roland Robot"}),
        answer(200, page_of([contact(7, list_id="3")], 1, 15, 1)),
    )
    async with script.client() as cs:
        info = await cs.recharge.get_credit_card()
        page = await cs.contacts.list(3)
    assert (info.expiry_month, info.expiry_year) == (5, 2016)
    assert page.items[0].list_id == 3


# ----------------------------------------------------------------------------------- flags

FLAG_SPELLINGS = [(1, True), ("1", True), (True, True), (0, False), ("0", False), (False, False)]


@pytest.mark.parametrize(("sent", "read"), FLAG_SPELLINGS)
async def test_flags_are_bools_in_every_spelling(sent: object, read: bool) -> None:
    subaccount = {
        "subaccount_id": 1,
        "api_username": "u",
        "access_sms": sent,
        "share_campaigns": sent,
    }
    script = Script(
        answer(200, account(active=sent, banned=sent, auto_recharge=sent, _subaccount=subaccount))
    )
    async with script.client() as cs:
        me = await cs.account.get()
    assert (me.active, me.banned, me.auto_recharge) == (read, read, read)
    assert me.subaccount
    assert (me.subaccount.access_sms, me.subaccount.share_campaigns) == (read, read)
    assert type(me.active) is bool
    assert me.to_dict()["active"] == int(read), "written back as ClickSend's 0/1"


# ------------------------------------------------------------------------ values that fit none


@pytest.mark.parametrize(
    ("call", "data", "field"),
    [
        ("account", account(balance="lots"), "Account.balance"),
        ("account", account(balance=True), "Account.balance"),
        ("account", account(active="yes"), "Account.active"),
        ("account", account(banned=2), "Account.banned"),
        ("contact", contact(5, date_added="yesterday"), "Contact.date_added"),
        ("contact", contact(5, list_id="seven"), "Contact.list_id"),
        ("packages", {"packages": [package(sms_price="cheap")]}, "Package.sms_price"),
        ("transaction", {"invoice_number": "x", "amount": "1", "currency": "AUD", "date": "now"},
         "Transaction.date"),
    ],
    ids=["money-word", "money-bool", "flag-word", "flag-two", "time-word", "int-word",
         "price-word", "date-word"],
)  # fmt: skip
async def test_a_value_that_fits_no_spelling_names_the_field(
    call: str, data: dict[str, Any], field: str
) -> None:
    script = Script(answer(200, data))
    async with script.client() as cs:
        calls: dict[str, Callable[[], Awaitable[object]]] = {
            "account": cs.account.get,
            "contact": lambda: cs.contacts.get(1, 5),
            "packages": cs.recharge.list_packages,
            "transaction": lambda: cs.recharge.get_transaction("x"),
        }
        with pytest.raises(APIResponseValidationError) as caught:
            await calls[call]()
    assert field in str(caught.value)
    assert caught.value.body["data"] == data


# ------------------------------------------------------------------------ what the SDK sends


async def test_card_fields_take_both_docs_spellings() -> None:
    script = Script(answer(200, {"token": "cus_1"}))
    async with script.client() as cs:
        await cs.recharge.update_credit_card(
            number="5520000000000000",
            expiry_month="05",
            expiry_year=2016,
            cvc="123",
            name="Roland Robot",
            bank_name="Robotic Banking",
        )
        with pytest.raises(ValueError, match="expiry_month") as caught:
            await cs.recharge.update_credit_card(
                number="5520000000000000",
                expiry_month="May",
                expiry_year=2016,
                cvc=123,
                name="Roland Robot",
                bank_name="Robotic Banking",
            )
    assert "5520000000000000" not in str(caught.value)
    assert len(script.requests) == 1, "nothing sent for the bad month"
    sent = script.bodies[0]
    # The expiry is a whole number; the cvc, a secret code, goes out as given ("0123" stays).
    assert (sent["expiry_month"], sent["expiry_year"], sent["cvc"]) == (5, 2016, "123")


def test_the_card_request_model_converts_the_expiry_and_hides_the_secrets() -> None:
    card = CreditCard(
        number="5520000000000000",
        expiry_month="05",
        expiry_year="2016",
        cvc="0123",
        name="Roland Robot",
        bank_name="Robotic Banking",
    )
    assert (card.expiry_month, card.expiry_year, card.cvc) == (5, 2016, "0123")
    assert "0123" not in repr(card)
    assert "5520000000000000" not in repr(card)
    assert card.to_dict()["cvc"] == "0123"


async def test_forgot_username_sends_the_docs_bodies() -> None:
    script = Script(answer(200, []))
    async with script.client() as cs:
        assert await cs.account.forgot_username(phone_number="3108147982", country="US") is None
        await cs.account.forgot_username(phone_number="3108147982", email="test@email.com")
    assert script.bodies == [
        {"phone_number": "3108147982", "country": "US"},
        {"phone_number": "3108147982", "email": "test@email.com"},
    ]
    assert [r.method for r in script.requests] == ["PUT", "PUT"]
    assert "authorization" not in script.requests[0].headers, "no login needed"


async def test_remove_duplicates_sends_fields_only_when_given() -> None:
    script = Script(answer(200, {"deleted": 6}))
    async with script.client() as cs:
        removed = await cs.lists.remove_duplicates(428, fields=["phone_number", "first_name"])
        await cs.lists.remove_duplicates(428)
    assert removed.deleted == 6
    assert [r.url.path for r in script.requests] == ["/v3/lists/428/remove-duplicates"] * 2
    assert script.bodies[0] == {"fields": ["phone_number", "first_name"]}
    assert script.bodies[1] in (None, {})


async def test_stripped_string_answers_read_under_either_name() -> None:
    script = Script(
        answer(200, {"rule_id": 18, "strip_string": "You've received a reply from."}),
        answer(200, {"rule_id": 18, "stripped_string": "--- Sent from my phone ---"}),
    )
    async with script.client() as cs:
        docs = await cs.email_to_sms.get_stripped_string(18)
        other = await cs.email_to_sms.get_stripped_string(18)
    assert (docs.strip_string, docs.stripped_string) == ("You've received a reply from.", UNSET)
    assert (other.strip_string, other.stripped_string) == (UNSET, "--- Sent from my phone ---")
