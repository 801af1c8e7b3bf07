"""The embedded ClickSend's behaviour, call by call: data, pagination, search, error paths."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import pytest

from clicksend_async import BadRequestError, ClickSend, NotFoundError, OrderBy, Search
from clicksend_async.models import UNSET
from clicksend_async.testing import IN_PROCESS_BASE_URL, EmbeddedClickSend

pytestmark = pytest.mark.anyio


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def embedded(clock: Clock) -> EmbeddedClickSend:
    return EmbeddedClickSend(clock=clock)


@pytest.fixture
async def cs(embedded: EmbeddedClickSend) -> AsyncIterator[ClickSend]:
    async with embedded.client(max_retries=0) as client:
        yield client


@pytest.fixture
async def raw(embedded: EmbeddedClickSend) -> AsyncIterator[httpx.AsyncClient]:
    """Plain httpx, for requests the SDK refuses to send."""
    async with httpx.AsyncClient(
        transport=embedded.transport(),
        base_url=IN_PROCESS_BASE_URL,
        auth=embedded.credentials,
    ) as client:
        yield client


def _code(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert body["http_code"] == response.status_code
    return response.status_code, body["response_code"]


# ------------------------------------------------------------------------------- contacts


async def test_contact_lifecycle_and_dates(
    cs: ClickSend, embedded: EmbeddedClickSend, clock: Clock
) -> None:
    lst = await cs.lists.create(list_name="Customers")
    created = await cs.contacts.create(
        lst.list_id, phone_number=" +61 411-111-111 ", first_name="  Ellen  ", custom_2="x"
    )
    assert (created.phone_number, created.first_name, created.custom_1) == (
        "+61411111111",
        "Ellen",
        "",
    )
    assert created.date_added == 1_700_000_000  # sent as the docs spell it, "1700000000"
    assert created.list_name == "Customers"
    clock.now += 60
    updated = await cs.contacts.update(
        lst.list_id, created.contact_id, email="ellen@example.com", custom_2=""
    )
    assert (updated.email, updated.first_name, updated.custom_2) == (
        "ellen@example.com",
        "Ellen",
        "",
    )
    (listed,) = (await cs.contacts.list(lst.list_id)).items
    assert (listed.date_added, listed.date_updated) == (1_700_000_000, 1_700_000_060)
    fetched = await cs.contacts.get(lst.list_id, created.contact_id)
    assert fetched.email == "ellen@example.com"
    await cs.contacts.delete(lst.list_id, created.contact_id)
    with pytest.raises(NotFoundError):
        await cs.contacts.get(lst.list_id, created.contact_id)
    assert (await cs.lists.get(lst.list_id)).contacts_count == 0


async def test_a_contact_without_phone_email_or_fax_is_missing_required_fields(
    raw: httpx.AsyncClient, embedded: EmbeddedClickSend
) -> None:
    list_id = embedded.add_list("Strict")
    response = await raw.post(f"/lists/{list_id}/contacts", json={"first_name": "Nobody"})
    assert _code(response) == (400, "MISSING_REQUIRED_FIELDS")
    assert set(response.json()["data"]) == {"phone_number", "email", "fax_number"}
    blank = await raw.post(f"/lists/{list_id}/contacts", json={"phone_number": "   "})
    assert _code(blank) == (400, "MISSING_REQUIRED_FIELDS")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"phone_number": "call me"}, "INVALID_RECIPIENT"),
        ({"fax_number": "12"}, "INVALID_RECIPIENT"),
        ({"email": "not-an-email"}, "BAD_REQUEST"),
        ({"phone_number": 61411111111}, "BAD_REQUEST"),
    ],
)
async def test_bad_contact_fields_answer_400(
    raw: httpx.AsyncClient, embedded: EmbeddedClickSend, body: dict[str, object], expected: str
) -> None:
    list_id = embedded.add_list("Strict")
    response = await raw.post(f"/lists/{list_id}/contacts", json=body)
    assert _code(response) == (400, expected)
    assert embedded.contacts(list_id) == []


async def test_bodies_that_are_not_json_objects_answer_400(
    raw: httpx.AsyncClient, embedded: EmbeddedClickSend
) -> None:
    for content in (b"{not json", b"[1, 2]"):
        response = await raw.post("/lists", content=content)
        assert _code(response) == (400, "BAD_REQUEST")
    assert embedded.lists() == []


async def test_unknown_ids_answer_404(cs: ClickSend, embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Known", contacts=1)
    for call in (
        cs.lists.get(999),
        cs.contacts.get(list_id, 999),
        cs.contacts.list(999),
        cs.contacts.copy(list_id, 999, list_id),
        cs.lists.delete(999),
        cs.recharge.get_transaction("no-such-invoice"),
        cs.recharge.purchase(99),
        cs.email_to_sms.get_stripped_string(5),
    ):
        with pytest.raises(NotFoundError) as caught:
            await call
        assert caught.value.response_code == "NOT_FOUND"


async def test_copy_makes_a_new_contact_and_transfer_moves_it(
    cs: ClickSend, embedded: EmbeddedClickSend
) -> None:
    source = embedded.add_list("Source", contacts=2)
    target = embedded.add_list("Target")
    first, second = (c["contact_id"] for c in embedded.contacts(source))
    copy = await cs.contacts.copy(source, first, target)
    assert copy.contact_id not in (first, second)
    assert (copy.list_id, copy.list_name) == (target, "Target")
    moved = await cs.contacts.transfer(source, second, target)
    assert (moved.contact_id, moved.list_id) == (second, target)
    assert [c["contact_id"] for c in embedded.contacts(source)] == [first]
    assert [c["contact_id"] for c in embedded.contacts(target)] == [copy.contact_id, second]
    with pytest.raises(NotFoundError):
        await cs.contacts.transfer(source, second, target)


async def test_remove_opted_out_and_duplicates(cs: ClickSend, embedded: EmbeddedClickSend) -> None:
    customers = embedded.add_list("Customers")
    embedded.add_contacts(
        customers,
        [
            {"phone_number": "+61400000001"},
            {"phone_number": "+61400000001"},
            {"phone_number": "+61400000001", "email": "X@example.com"},
            {"phone_number": "+61400000001", "email": "x@example.com"},
            {"email": "stop@example.com"},
            {"phone_number": "+61400000009"},
        ],
    )
    removed = await cs.lists.remove_duplicates(customers)
    assert removed.deleted == 2
    opt_out = embedded.add_list("Opt-out")
    embedded.add_contacts(
        opt_out, [{"email": "STOP@example.com"}, {"phone_number": "+61400000009"}]
    )
    opted = await cs.contacts.remove_opted_out(customers, opt_out)
    assert opted.deleted == 2
    assert [c["phone_number"] for c in embedded.contacts(customers)] == ["+61400000001"] * 2
    assert (await cs.lists.remove_duplicates(customers)).deleted == 0


async def test_remove_duplicates_by_the_fields_named(
    cs: ClickSend, embedded: EmbeddedClickSend, raw: httpx.AsyncClient
) -> None:
    customers = embedded.add_list("Customers")
    embedded.add_contacts(
        customers,
        [
            {"phone_number": "+61400000001", "first_name": "Ann", "email": "a@example.com"},
            {"phone_number": "+61400000001", "first_name": "Ann", "email": "b@example.com"},
            {"phone_number": "+61400000001", "first_name": "Bob"},
            {"phone_number": "+61400000002", "first_name": "Ann"},
        ],
    )
    # The docs' apiary sample: duplicates by phone number and first name only.
    removed = await cs.lists.remove_duplicates(customers, fields=["phone_number", "first_name"])
    assert removed.deleted == 1
    emails = [c["email"] for c in embedded.contacts(customers)]
    assert emails == ["a@example.com", None, None]  # the oldest is kept
    response = await raw.put(f"/lists/{customers}/remove-duplicates", json={"fields": ["nope"]})
    assert _code(response) == (400, "BAD_REQUEST")
    assert "phone_number" in response.json()["response_msg"]
    response = await raw.put(
        f"/lists/{customers}/remove-duplicates", json={"fields": ["phone_number"]}
    )
    assert response.json()["data"] == {"deleted": 1}


# ---------------------------------------------------------------------------------- lists


async def test_list_names_are_unique_and_lists_rename_and_delete(
    cs: ClickSend, embedded: EmbeddedClickSend
) -> None:
    first = await cs.lists.create(list_name="Customers")
    with pytest.raises(BadRequestError) as caught:
        await cs.lists.create(list_name=" customers ")
    assert caught.value.response_code == "ALREADY_EXISTS"
    second = await cs.lists.create(list_name="Leads")
    with pytest.raises(BadRequestError, match="ALREADY_EXISTS"):
        await cs.lists.update(second.list_id, list_name="CUSTOMERS")
    renamed = await cs.lists.update(second.list_id, list_name="Prospects")
    assert renamed.list_name == "Prospects"
    await cs.lists.delete(first.list_id)
    assert [lst["list_name"] for lst in embedded.lists()] == ["Prospects"]


async def test_a_list_name_is_required(raw: httpx.AsyncClient) -> None:
    for body in ({}, {"list_name": ""}, {"list_name": None}):
        response = await raw.post("/lists", json=body)
        assert _code(response) == (400, "MISSING_REQUIRED_FIELDS")
        assert response.json()["data"] == {"list_name": ["The list_name field is required."]}


async def test_import_is_queued_not_run(cs: ClickSend, embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Imports")
    queued = await cs.lists.import_contacts(
        list_id, file_url="https://example.com/contacts.csv", field_order=["phone_number"]
    )
    assert queued.id.isdigit()
    assert queued.ids == [queued.id]
    (job,) = embedded.imports
    assert (job.import_id, job.list_id, job.field_order) == (queued.id, list_id, ["phone_number"])
    assert embedded.contacts(list_id) == []
    with pytest.raises(BadRequestError, match="unknown fields"):
        await cs.lists.import_contacts(
            list_id, file_url="https://example.com/c.csv", field_order=["shoe_size"]
        )
    with pytest.raises(BadRequestError, match="URL"):
        await cs.lists.import_contacts(list_id, file_url="contacts.csv", field_order=["email"])


# ----------------------------------------------------------------------- pagination, search


async def test_page_object_and_page_urls(
    raw: httpx.AsyncClient, embedded: EmbeddedClickSend
) -> None:
    list_id = embedded.add_list("Paged", contacts=40)
    response = await raw.get(f"/lists/{list_id}/contacts", params={"page": 2, "limit": 15})
    page = response.json()["data"]
    assert {k: v for k, v in page.items() if k != "data"} == {
        "total": 40,
        "per_page": 15,
        "current_page": 2,
        "last_page": 3,
        "next_page_url": f"http://127.0.0.1/v3/lists/{list_id}/contacts?limit=15&page=3",
        "prev_page_url": f"http://127.0.0.1/v3/lists/{list_id}/contacts?limit=15&page=1",
        "from": 16,
        "to": 30,
    }
    assert len(page["data"]) == 15
    past = (await raw.get(f"/lists/{list_id}/contacts", params={"page": 9})).json()["data"]
    assert (past["data"], past["from"], past["to"], past["next_page_url"]) == ([], None, None, None)


@pytest.mark.parametrize(("asked", "served"), [("5", 15), ("500", 100), ("", 15), ("50", 50)])
async def test_limit_is_clamped_into_15_to_100(
    raw: httpx.AsyncClient, embedded: EmbeddedClickSend, asked: str, served: int
) -> None:
    embedded.add_list("Any", contacts=1)
    response = await raw.get("/lists", params={"limit": asked, "page": "0"})
    assert (response.json()["data"]["per_page"], response.json()["data"]["current_page"]) == (
        served,
        1,
    )


@pytest.mark.parametrize(
    "params",
    [
        {"page": "two"},
        {"limit": "1.5"},
        {"q": "list_name"},
        {"q": "shoe_size:9"},
        {"order_by": "list_name:sideways"},
        {"order_by": "shoe_size:asc"},
        {"operator": "XOR"},
    ],
)
async def test_bad_listing_parameters_answer_400(
    raw: httpx.AsyncClient, params: dict[str, str]
) -> None:
    assert _code(await raw.get("/lists", params=params)) == (400, "BAD_REQUEST")


async def test_search_is_case_insensitive_and_order_by_sorts(
    cs: ClickSend, embedded: EmbeddedClickSend
) -> None:
    list_id = embedded.add_list("Search")
    embedded.add_contacts(
        list_id,
        [
            {"phone_number": "+61400000001", "first_name": "Ellen", "last_name": "Diaz"},
            {"phone_number": "+61400000002", "first_name": "ELLIE", "last_name": "Smith"},
            {"phone_number": "+61400000003", "first_name": "Jack", "last_name": "Diaz"},
            {"phone_number": "+61400000004", "first_name": "Mia", "last_name": "Jones"},
        ],
    )
    ell = await cs.contacts.list(list_id, search=Search(first_name="ell"))
    assert [c.first_name for c in ell] == ["Ellen", "ELLIE"]
    both = await cs.contacts.list(list_id, search=Search(first_name="ell", last_name="diaz"))
    assert [c.first_name for c in both] == ["Ellen"]
    either = await cs.contacts.list(
        list_id, search=Search(first_name="mia", last_name="DIAZ", operator="OR")
    )
    assert [c.first_name for c in either] == ["Ellen", "Jack", "Mia"]
    by_name = await cs.contacts.list(list_id, order_by=OrderBy.desc("first_name"))
    assert [c.first_name for c in by_name] == ["Mia", "Jack", "ELLIE", "Ellen"]
    newest = [
        c.contact_id async for c in cs.contacts.iter(list_id, order_by=OrderBy.desc("contact_id"))
    ]
    assert newest == sorted(newest, reverse=True)
    by_id = await cs.contacts.list(list_id, search=Search(contact_id=newest[0]))
    assert [c.contact_id for c in by_id] == [newest[0]]


async def test_iter_walks_every_page_of_a_big_list(
    cs: ClickSend, embedded: EmbeddedClickSend
) -> None:
    list_id = embedded.add_list("Big", contacts=1050)
    seen = [c.contact_id async for c in cs.contacts.iter(list_id, search=Search(email="example"))]
    assert len(seen) == len(set(seen)) == 1050
    assert embedded.request_counts["contacts_list"] == 11


async def test_updated_after_keeps_contacts_updated_later(
    cs: ClickSend, embedded: EmbeddedClickSend, clock: Clock
) -> None:
    list_id = embedded.add_list("Sync", contacts=3)
    first = embedded.contacts(list_id)[0]["contact_id"]
    clock.now += 100
    await cs.contacts.update(list_id, first, phone_number="+61499999999")
    changed = await cs.contacts.list(list_id, updated_after=int(clock.now) - 1)
    assert [c.contact_id for c in changed] == [first]
    assert (await cs.contacts.list(list_id, updated_after=int(clock.now))).total == 0
    assert (await cs.contacts.list(list_id, updated_after=0)).total == 3


# ------------------------------------------------------------------------- account, recharge


async def test_usage_is_zero_and_month_is_checked(cs: ClickSend, raw: httpx.AsyncClient) -> None:
    usage = await cs.account.usage_by_subaccount("2024", "4")
    assert usage.sms_total is not None
    assert usage.sms_total.count == 0
    assert _code(await raw.get("/account/usage/2024/13/subaccount")) == (400, "BAD_REQUEST")


async def test_cards_purchases_and_transactions(cs: ClickSend, embedded: EmbeddedClickSend) -> None:
    with pytest.raises(NotFoundError):
        await cs.recharge.get_credit_card()
    with pytest.raises(Exception, match="403 FORBIDDEN"):
        await cs.recharge.purchase(2)
    token = await cs.recharge.update_credit_card(
        number="4111111111111111",
        expiry_month=5,
        expiry_year=2031,
        cvc=321,
        name="Roland Robot",
        bank_name="Bank",
    )
    assert token.token.startswith("cus_")
    card = await cs.recharge.get_credit_card()
    assert (card.display_number, card.name) == ("XXXX-XXXX-XXXX-1111", "Roland Robot")
    bought = await cs.recharge.purchase(2)
    fifty = Decimal("50.00")
    assert (bought.amount, bought.currency, bought.amount_aud) == (fifty, "AUD", fifty)
    assert isinstance(bought.date, int)
    assert str(embedded.balance()) == "150.000000"
    await cs.recharge.purchase(1)
    transactions = await cs.recharge.list_transactions()
    assert [t.amount for t in transactions] == [Decimal("20.00"), fifty]  # newest first
    assert all(isinstance(t.date, int) for t in transactions)
    one = await cs.recharge.get_transaction(transactions.items[1].invoice_number)
    assert one.amount == fifty
    packages = await cs.recharge.list_packages(country="us")
    assert packages.currency.currency_name_short == "USD"
    prices = [p.package_price for p in packages.packages]
    assert prices == [Decimal(p) for p in ("20.00", "50.00", "100.00", "250.00")]
    assert all(isinstance(p.sms_price, Decimal) for p in packages.packages)


async def test_card_fields_take_the_spellings_of_both_docs_samples(
    cs: ClickSend, raw: httpx.AsyncClient
) -> None:
    # The apiary sample sends the expiry and cvc as strings, the seed document's as numbers.
    response = await raw.put(
        "/recharge/credit-card",
        json={
            "bank_name": "Robotic Banking",
            "cvc": "123",
            "expiry_month": "05",
            "expiry_year": "2016",
            "name": "Roland Robot",
            "number": "5520000000000000",
        },
    )
    assert _code(response) == (200, "SUCCESS")
    card = await cs.recharge.get_credit_card()
    assert (card.expiry_month, card.expiry_year) == (5, 2016)
    # The SDK takes both spellings too, and sends whole numbers.
    await cs.recharge.update_credit_card(
        number="4111111111111111",
        expiry_month="07",
        expiry_year=2031,
        cvc="0456",
        name="N",
        bank_name="B",
    )
    assert (await cs.recharge.get_credit_card()).expiry_month == 7
    bad = {"number": "4111111111111111", "name": "N", "bank_name": "B", "expiry_year": 2031}
    response = await raw.put("/recharge/credit-card", json={**bad, "expiry_month": 5, "cvc": "1x3"})
    assert _code(response) == (400, "BAD_REQUEST")
    assert "1x3" not in response.text


async def test_packages_answer_per_unit_prices_as_json_numbers(raw: httpx.AsyncClient) -> None:
    # As the docs show them: the package price a decimal string, the per-unit prices numbers.
    package = (await raw.get("/recharge/packages")).json()["data"]["packages"][0]
    assert package["package_price"] == "20.00"
    assert isinstance(package["sms_price"], float)
    assert isinstance(package["postcard_price"], float)


async def test_a_bad_card_number_is_refused_without_echoing_it(cs: ClickSend) -> None:
    with pytest.raises(BadRequestError) as caught:
        await cs.recharge.update_credit_card(
            number="1234", expiry_month=1, expiry_year=2030, cvc=1, name="N", bank_name="B"
        )
    assert "1234" not in str(caught.value)


# ------------------------------------------------------------------------------ email to sms


async def test_allowed_addresses(cs: ClickSend, raw: httpx.AsyncClient) -> None:
    first = await cs.email_to_sms.create_allowed_address(email_address="my@email.com")
    again = await cs.email_to_sms.create_allowed_address(
        email_address="my@email.com", from_="+13523944199"
    )
    assert (first.from_, again.from_) == (None, "+13523944199")
    listed = await cs.email_to_sms.list_allowed_addresses()
    assert [a.email_address_id for a in listed] == [first.email_address_id, again.email_address_id]
    response = await raw.post("/sms/email-sms", json={"email_address": "nope"})
    assert _code(response) == (400, "BAD_REQUEST")


async def test_stripped_string_rules(cs: ClickSend) -> None:
    rule = await cs.email_to_sms.create_stripped_string(strip_string=" --- Sent from my phone --- ")
    assert rule.strip_string == "--- Sent from my phone ---"
    with pytest.raises(BadRequestError, match="ALREADY_EXISTS"):
        await cs.email_to_sms.create_stripped_string(strip_string="--- sent FROM my phone ---")
    detail = await cs.email_to_sms.get_stripped_string(rule.rule_id)
    # The docs' samples name the text strip_string in these answers too.
    assert (detail.strip_string, detail.stripped_string) == ("--- Sent from my phone ---", UNSET)
    changed = await cs.email_to_sms.update_stripped_string(rule.rule_id, strip_string="-- tablet")
    assert changed.strip_string == "-- tablet"
    assert [r.strip_string for r in await cs.email_to_sms.list_stripped_strings()] == ["-- tablet"]
    assert await cs.email_to_sms.delete_stripped_string(rule.rule_id) is None
    with pytest.raises(NotFoundError):
        await cs.email_to_sms.delete_stripped_string(rule.rule_id)
