"""What a user's module looks like to mypy --strict: every public type flows, no Any leaks.

`make check` type-checks this module (it is never run). `assert_type` pins the types users
get from the public API; `reveal`-free, so a regression is a type error, not a diff to read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import assert_type

from clicksend_async import (
    APIStatusError,
    AsyncPaginator,
    BulkItem,
    BulkResult,
    ClickSend,
    CursorPage,
    OrderBy,
    Page,
    RateLimitError,
    ResponseCode,
    Search,
)
from clicksend_async.models import (
    Account,
    Contact,
    ContactFields,
    ContactList,
    Country,
    Currency,
    DeletedCount,
    RechargePackages,
    Unset,
)


async def typed_calls(cs: ClickSend) -> None:
    me = await cs.account.get()
    assert_type(me, Account)
    assert_type(me.balance, Decimal)
    assert_type(me.active, bool | Unset)
    assert_type(me.currency, Currency | Unset)

    lst = await cs.lists.create(list_name="Customers")
    assert_type(lst, ContactList)
    assert_type(lst.list_id, int)

    c = await cs.contacts.create(lst.list_id, phone_number="+61411111111", first_name="Ellen")
    assert_type(c, Contact)
    assert_type(c.email, None | str | Unset)
    assert_type(c.contact_id, int)
    assert_type(c.date_added, int | Unset)

    page = await cs.contacts.list(lst.list_id, page=1, limit=50)
    assert_type(page, Page[Contact])
    assert_type(page.items, list[Contact])
    assert_type(page.has_next, bool)

    contacts = cs.contacts.iter(
        lst.list_id,
        search=Search(first_name="ellen", operator="OR"),
        order_by=OrderBy.desc("contact_id"),
        updated_after=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert_type(contacts, AsyncPaginator[Contact])
    async for contact in contacts:
        assert_type(contact, Contact)
    pages = contacts.pages()
    # Numbered pages or, for the cursor listings, cursor pages: one paginator serves both.
    assert_type(pages, AsyncIterator[Page[Contact] | CursorPage[Contact]])

    assert_type(await cs.contacts.delete(lst.list_id, c.contact_id), None)
    assert_type(await cs.lists.remove_duplicates(lst.list_id), DeletedCount)
    assert_type(await cs.countries.list(), list[Country])
    packages = await cs.recharge.list_packages(country="AU")
    assert_type(packages, RechargePackages)
    assert_type(packages.packages[0].sms_price, Decimal | Unset)
    assert_type((await cs.recharge.purchase(1)).date, int)
    assert_type(
        await cs.lists.remove_duplicates(lst.list_id, fields=["phone_number"]), DeletedCount
    )

    result = await cs.contacts.bulk_create(
        lst.list_id,
        [{"phone_number": "+61411111112"}, ContactFields(email="ann@example.com")],
        on_progress=lambda done, total: None,
    )
    assert_type(result, BulkResult[Contact])
    for item in result.failed:
        assert_type(item, BulkItem[Contact])
        assert_type(item.error, Exception | None)


async def typed_errors(cs: ClickSend) -> None:
    try:
        await cs.lists.get(1)
    except RateLimitError as error:
        assert_type(error.retry_after, float | None)
    except APIStatusError as error:
        assert_type(error.status_code, int)
        assert_type(error.response_code, str | None)
        if error.response_code == ResponseCode.NOT_FOUND:
            return


def unset_is_falsy(contact: Contact) -> str:
    if isinstance(contact.email, Unset) or contact.email is None:
        return "no email"
    return contact.email


# Each line below must be a type error; `warn_unused_ignores` (strict) fails if one is not.
async def mistakes(cs: ClickSend, contact: Contact) -> None:
    print(contact.emial)  # type: ignore[attr-defined, misc]
    await cs.contacts.get("7", 1)  # type: ignore[arg-type]
    await cs.contacts.create(7, phone="+61411111111")  # type: ignore[call-arg]
    await cs.contacts.list(7, order_by="contact_id:desc")  # type: ignore[arg-type]
    Search(first_name=1.5)  # type: ignore[arg-type]
