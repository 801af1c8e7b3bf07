"""The embedded ClickSend's other channels and its generic CRUD store, over HTTP.

MMS, voice, fax, post and email share the engine tested in test_embedded_messaging; here each
channel's own rules: what it checks, how it counts and prices, and the records it keeps.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from clicksend_async.testing import IN_PROCESS_BASE_URL, EmbeddedClickSend

from .scripted import API_KEY, USERNAME

NOW = 1_800_000_000
AU_MOBILE = "+61400000001"

pytestmark = pytest.mark.anyio


@pytest.fixture
def embedded() -> Iterator[EmbeddedClickSend]:
    server = EmbeddedClickSend({USERNAME: API_KEY, "other": "other-key"}, clock=lambda: NOW)
    yield server
    server.close()


def _client(embedded: EmbeddedClickSend, username: str = USERNAME) -> httpx.AsyncClient:
    key = API_KEY if username == USERNAME else f"{username}-key"
    return httpx.AsyncClient(
        transport=embedded.transport(), base_url=IN_PROCESS_BASE_URL, auth=(username, key)
    )


def _data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def _code(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["response_code"]


async def test_crud_operations_are_served_by_the_generic_store(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded) as http, _client(embedded, "other") as other:
        created = _data(
            await http.post("/sms/templates", json={"template_name": "Hi", "body": "Hello!"})
        )
        template_id = created["template_id"]
        assert created == {"template_id": template_id, "template_name": "Hi", "body": "Hello!"}
        _data(await http.post("/sms/templates", json={"template_name": "Bye", "body": "Bye!"}))
        assert _data(await http.get(f"/sms/templates/{template_id}")) == created
        updated = _data(
            await http.put(
                f"/sms/templates/{template_id}", json={"template_name": "Hi", "body": "Hey!"}
            )
        )
        assert updated["body"] == "Hey!"
        page = _data(await http.get("/sms/templates", params={"q": "template_name:bye"}))
        assert [t["template_name"] for t in page["data"]] == ["Bye"]
        missing = await http.post("/sms/templates", json={"template_name": "No body"})
        assert _code(missing) == (400, "MISSING_REQUIRED_FIELDS")
        assert (await other.get(f"/sms/templates/{template_id}")).status_code == 404
        assert _data(await http.delete(f"/sms/templates/{template_id}")) == []
        assert (await http.get(f"/sms/templates/{template_id}")).status_code == 404
        assert _data(await http.get("/sms/templates"))["total"] == 1


async def test_return_addresses_keep_a_country_code(embedded: EmbeddedClickSend) -> None:
    address = {
        "address_name": "Head office",
        "address_line_1": "1 Main St",
        "address_city": "Perth",
        "address_postal_code": "6000",
        "address_country": "au",
    }
    async with _client(embedded) as http:
        created = _data(await http.post("/post/return-addresses", json=address))
        assert (created["address_country"], created["user_id"]) == ("AU", 1)
        bad = await http.post("/post/return-addresses", json={**address, "address_country": "?"})
        assert _code(bad) == (400, "BAD_REQUEST")


async def _verified_sender(http: httpx.AsyncClient, embedded: EmbeddedClickSend) -> int:
    created = _data(await http.post("/email/addresses", json={"email_address": "me@example.com"}))
    address_id = created["email_address_id"]
    assert (created["verified"], created["date_added"]) == (0, str(NOW))
    _data(await http.put(f"/email/address-verify/{address_id}/send"))
    code = embedded.outbox[-1].code
    assert embedded.outbox[-1].kind == "email_verification"
    wrong = await http.put(f"/email/address-verify/{address_id}/verify/000")
    assert wrong.status_code == 400
    verified = _data(await http.put(f"/email/address-verify/{address_id}/verify/{code}"))
    assert verified["verified"] == 1
    return int(address_id)


async def test_email_needs_a_verified_sender_and_is_priced_per_recipient(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        unverified = _data(await http.post("/email/addresses", json={"email_address": "x@y.io"}))
        email: dict[str, Any] = {
            "to": [{"email": "ann@example.com", "name": "Ann"}, {"email": "test1@test.com"}],
            "cc": [{"email": "bob@example.com"}],
            "from": {"email_address_id": unverified["email_address_id"]},
            "subject": "Hello",
            "body": "<p>Hi</p>",
        }
        refused = await http.post("/email/send", json=email)
        assert _code(refused) == (400, "BAD_REQUEST")
        email["from"] = {"email_address_id": await _verified_sender(http, embedded)}
        priced = _data(await http.post("/email/price", json=email))
        assert priced["price"] == "0.0100"  # two paid recipients, the test address is free
        assert embedded.balance() == before
        sent = _data(await http.post("/email/send", json=email))
        assert (sent["status"], sent["price"]) == ("SUCCESS", "0.0100")
        assert embedded.balance() == before - Decimal("0.0100")
        embedded.advance(2)
        history = _data(await http.get("/email/history"))["data"]
        assert [(m["message_id"], m["status"]) for m in history] == [
            (sent["message_id"], "Delivered")
        ]
    assert [r["message_id"] for r in embedded.kept("email_receipts")] == [sent["message_id"]]


async def test_email_templates_start_from_a_master_template(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        masters = _data(await http.get("/email/master-templates"))
        master_id = masters[0]["template_id_master"]
        master = _data(await http.get(f"/email/master-templates/{master_id}"))
        categories = _data(await http.get("/email/master-templates-categories"))
        category_id = master["category_id"]
        assert category_id in [c["category_id"] for c in categories]
        in_category = _data(
            await http.get(f"/email/master-templates-categories/{category_id}/master-templates")
        )
        body = next(t["body"] for t in in_category if t["template_id_master"] == master_id)
        created = _data(
            await http.post(
                "/email/templates", json={"template_id_master": master_id, "template_name": "Mine"}
            )
        )
        assert (created["body"], created["template_name"]) == (body, "Mine")
        image = base64.b64encode(b"\x89PNG fake").decode()
        url = _data(
            await http.post(
                f"/email/templates-images/{created['template_id']}", json={"image": image}
            )
        )
        assert embedded.file(url) == b"\x89PNG fake"
        unknown = await http.post(
            "/email/templates", json={"template_id_master": 424242, "template_name": "?"}
        )
        assert _code(unknown) == (400, "BAD_REQUEST")
        assert (await http.get("/email/master-templates-categories/999")).status_code == 404


def _pdf(pages: int) -> str:
    objects = b"".join(b"%d 0 obj << /Type /Page >> endobj\n" % i for i in range(pages))
    return base64.b64encode(b"%PDF-1.4\n1 0 obj << /Type /Pages >> endobj\n" + objects).decode()


async def test_fax_and_letters_are_priced_by_the_pages_of_an_upload(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        upload = _data(
            await http.post("/uploads", params={"convert": "fax"}, json={"content": _pdf(3)})
        )
        url = upload["_url"]
        assert embedded.file(url).startswith(b"%PDF")
        bad = await http.post("/uploads", params={"convert": "zip"}, json={"content": _pdf(1)})
        assert bad.status_code == 400
        fax = _data(
            await http.post(
                "/fax/send", json={"file_url": url, "messages": [{"to": "+61299999999"}]}
            )
        )
        assert (fax["messages"][0]["message_pages"], fax["total_price"]) == (3, 0.66)
        returns = _data(
            await http.post(
                "/post/return-addresses",
                json={
                    "address_name": "Us",
                    "address_line_1": "1 Main St",
                    "address_city": "Perth",
                    "address_postal_code": "6000",
                    "address_country": "AU",
                },
            )
        )
        recipient = {
            "address_name": "Ann",
            "address_line_1": "2 High St",
            "address_city": "Perth",
            "address_state": "WA",
            "address_postal_code": "6000",
            "address_country": "AU",
            "return_address_id": returns["return_address_id"],
        }
        letters = _data(
            await http.post(
                "/post/letters/send",
                json={
                    "file_url": url,
                    "recipients": [recipient, {**recipient, "return_address_id": 999}],
                },
            )
        )
        first, second = letters["recipients"]
        assert (first["status"], first["post_pages"], first["post_price"]) == (
            "SUCCESS",
            3,
            "1.6170",
        )
        assert second["status"] == "INVALID_RETURN_ADDRESS"
        history = _data(await http.get("/post/letters/history"))["data"]
        assert [h["message_id"] for h in history] == [first["message_id"]]
    assert embedded.balance() == before - Decimal("0.66") - Decimal("1.617")


async def test_mms_checks_its_subject_and_media(embedded: EmbeddedClickSend) -> None:
    message = {"to": AU_MOBILE, "subject": "Hi", "body": "Look"}
    media = "https://example.com/cat.gif"
    async with _client(embedded) as http:
        long_subject = {**message, "subject": "x" * 21}
        too_long = await http.post(
            "/mms/send", json={"media_file": media, "messages": [long_subject]}
        )
        assert _code(too_long) == (400, "BAD_REQUEST")
        no_subject = {"to": AU_MOBILE, "body": "Look"}
        missing = await http.post("/mms/send", json={"media_file": media, "messages": [no_subject]})
        assert _code(missing) == (400, "SUBJECT_REQUIRED")
        png = await http.post(
            "/mms/send", json={"media_file": "https://e.com/a.png", "messages": [message]}
        )
        assert _code(png) == (400, "INVALID_MEDIA_FILE")
        sent = _data(
            await http.post("/mms/send", json={"media_file": media, "messages": [message]})
        )
        assert (sent["messages"][0]["message_price"], sent["total_price"]) == ("0.4400", 0.44)
        embedded.advance(2)
        receipts = _data(await http.get("/mms/receipts"))["data"]
        assert [r["message_id"] for r in receipts] == [sent["messages"][0]["message_id"]]


async def test_voice_checks_language_and_voice_and_counts_by_characters(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded) as http:
        languages = _data(await http.get("/voice/lang"))
        assert {"code": "en-in", "country": "English, India", "gender": "female"} in languages
        call = {"to": AU_MOBILE, "body": "a" * 301, "voice": "female", "lang": "en-au"}
        bad_lang = await http.post("/voice/send", json={"messages": [{**call, "lang": "xx-xx"}]})
        assert _code(bad_lang) == (400, "INVALID_LANG")
        bad_voice = {**call, "lang": "en-in", "voice": "male"}
        assert _code(await http.post("/voice/send", json={"messages": [bad_voice]})) == (
            400,
            "INVALID_VOICE",
        )
        later = {**call, "schedule": NOW + 600}
        sent = _data(await http.post("/voice/send", json={"messages": [later]}))
        message = sent["messages"][0]
        assert (message["message_parts"], message["message_price"]) == (2, "0.1800")
        _data(await http.put(f"/voice/{message['message_id']}/cancel"))
        history = _data(await http.get("/voice/history"))["data"]
        assert [h["status"] for h in history] == ["Cancelled"]


async def test_detect_address_reads_the_lines_of_a_letter(embedded: EmbeddedClickSend) -> None:
    letter = "John Doe\n123 Main Street\nPerth WA 6000\nAU\n\nDear John,"
    async with _client(embedded) as http:
        content = base64.b64encode(letter.encode()).decode()
        found = _data(await http.post("/post/letters/detect-address", json={"content": content}))
    assert found == {
        "address_name": "John Doe",
        "address_line_1": "123 Main Street",
        "address_city": "Perth",
        "address_state": "WA",
        "address_postal_code": "6000",
        "address_country": "AU",
    }


async def test_statistics_count_what_was_sent_and_received(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        message = {"to": AU_MOBILE, "body": "hi"}
        _data(await http.post("/sms/send", json={"messages": [message, message]}))
        embedded.receive_sms(AU_MOBILE, "+61400999999", "hello back")
        stats = _data(await http.get("/statistics/sms"))
        voice = _data(await http.get("/statistics/voice"))
    assert stats["total"]["outbound"] == {"count": 2, "price": 0.1584}
    assert stats["total"]["inbound"]["count"] == 1
    assert stats["stats"] == stats["stat"]
    assert [day["date"] for day in stats["stats"]] == [NOW - NOW % 86_400]
    assert voice["total"]["outbound"]["count"] == 0


async def test_lists_search_export_and_import_helpers(embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Gorne customers")
    embedded.add_contacts(list_id, [{"phone_number": "+61400000123", "first_name": "Ann"}])
    async with _client(embedded) as http:
        found = _data(await http.get("/search/contacts-lists", params={"q": "gorne"}))["data"]
        assert [(f["type"], f["name"]) for f in found] == [("list", "Gorne customers")]
        by_number = _data(await http.get("/search/contacts-lists", params={"q": "0123"}))
        assert [(f["type"], f["name"]) for f in by_number["data"]] == [("contact", "Ann")]
        url = _data(await http.get(f"/lists/{list_id}/export", params={"filename": "a.csv"}))
        assert "+61400000123" in embedded.file(url["url"]).decode()
        fields = _data(await http.get(f"/lists/{list_id}/import-fields"))
        assert {"field": "phone_number", "label": "Phone number"} in fields
        csv_file = base64.b64encode(b"phone_number,first_name\n+61400000999,Bo\n").decode()
        upload = _data(
            await http.post("/uploads", params={"convert": "csv"}, json={"content": csv_file})
        )
        preview = _data(
            await http.post(
                f"/lists/{list_id}/import-csv-preview", json={"file_url": upload["_url"]}
            )
        )
        assert preview == {"row": ["phone_number", "first_name"]}
        elsewhere = await http.post(
            f"/lists/{list_id}/import-csv-preview", json={"file_url": "https://e.com/x.csv"}
        )
        assert _code(elsewhere) == (400, "BAD_REQUEST")


async def test_account_update_and_subaccount_keys(embedded: EmbeddedClickSend) -> None:
    details = {
        "username": USERNAME,
        "password": "new-password",
        "user_email": "me@example.com",
        "user_phone": "+61400000555",
        "user_first_name": "Ann",
        "user_last_name": "Lee",
        "account_name": "Lee & Co",
        "country": "NZ",
        "timezone": "Pacific/Auckland",
    }
    async with _client(embedded) as http:
        account = _data(await http.put("/account", json=details))
        assert (account["country"], account["timezone"], account["user_email"]) == (
            "NZ",
            "Pacific/Auckland",
            "me@example.com",
        )
        renamed = await http.put("/account", json={**details, "username": "someone-else"})
        assert _code(renamed) == (400, "BAD_REQUEST")
    async with httpx.AsyncClient(
        transport=embedded.transport(),
        base_url=IN_PROCESS_BASE_URL,
        auth=(USERNAME, "new-password"),  # the password is a credential too
    ) as http:
        sub = _data(
            await http.post(
                "/subaccounts",
                json={
                    "api_username": "ops",
                    "password": "ops-password-1",
                    "email": "ops@example.com",
                    "phone_number": "+61400000777",
                    "first_name": "Op",
                    "last_name": "S",
                },
            )
        )
        first_key = sub["api_key"]
        regenerated = _data(await http.put(f"/subaccounts/{sub['subaccount_id']}/regen-api-key"))
        assert regenerated["api_key"] != first_key
        got = _data(await http.get(f"/subaccounts/{sub['subaccount_id']}"))
        assert got["api_key"] == regenerated["api_key"]
        assert _data(await http.delete(f"/subaccounts/{sub['subaccount_id']}")) is True


async def test_email_to_sms_addresses_can_be_read_changed_and_deleted(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded) as http:
        created = _data(await http.post("/sms/email-sms", json={"email_address": "a@example.com"}))
        address_id = created["email_address_id"]
        changed = _data(
            await http.put(
                f"/sms/email-sms/{address_id}",
                json={"email_address": "b@example.com", "from": "+61400000001"},
            )
        )
        assert (changed["email_address"], changed["from"]) == ("b@example.com", "+61400000001")
        assert _data(await http.get(f"/sms/email-sms/{address_id}")) == changed
        assert _data(await http.delete(f"/sms/email-sms/{address_id}")) == []
        assert (await http.get(f"/sms/email-sms/{address_id}")).status_code == 404


async def test_mms_can_be_cancelled_and_read_back(embedded: EmbeddedClickSend) -> None:
    message = {"to": AU_MOBILE, "subject": "Hi", "body": "Look", "schedule": NOW + 60}
    body = {"media_file": "https://example.com/cat.gif", "messages": [message, message]}
    async with _client(embedded) as http:
        sent = _data(await http.post("/mms/send", json=body))
        first, second = (m["message_id"] for m in sent["messages"])
        _data(await http.put(f"/mms/{first}/cancel"))
        assert _data(await http.put("/mms/cancel-all", json={})) == {"count": 1}
        read = _data(await http.get(f"/mms/receipts/{second}"))
        assert (read["message_id"], read["status"]) == (second, "Cancelled")


async def test_sms_campaigns_send_to_a_list_and_follow_their_messages(
    embedded: EmbeddedClickSend,
) -> None:
    list_id = embedded.add_list("Customers", contacts=3)
    before = embedded.balance()
    campaign = {"list_id": list_id, "name": "Sale", "body": "50% off", "schedule": NOW + 600}
    async with _client(embedded) as http:
        priced = _data(await http.post("/sms-campaigns/price", json=campaign))
        assert (priced["total_count"], priced["total_price"]) == (3, 0.2376)
        assert embedded.balance() == before
        sent = _data(await http.post("/sms-campaigns/send", json=campaign))
        campaign_id = sent["sms_campaign_id"]
        assert (sent["status"], sent["_total_count"], sent["_list_name"]) == (
            "Scheduled",
            3,
            "Customers",
        )
        assert embedded.balance() == before - Decimal("0.2376")
        changed = _data(
            await http.put(
                f"/sms-campaigns/{campaign_id}", json={**campaign, "body": "60% off, today"}
            )
        )
        assert changed["body"] == "60% off, today"
        assert [m["status"] for m in embedded.sms()].count("Scheduled") == 3
        stats = _data(await http.get(f"/sms-campaigns/{campaign_id}/link-statistics"))
        assert stats["links"] == {"opened": 0, "unopened": 3}
        cancelled = _data(await http.put(f"/sms-campaigns/{campaign_id}/cancel"))
        assert cancelled["status"] == "Cancelled"
        assert embedded.balance() == before
        again = await http.put(f"/sms-campaigns/{campaign_id}/cancel")
        assert _code(again) == (400, "BAD_REQUEST")
        listed = _data(await http.get("/sms-campaigns"))["data"]
        assert [c["sms_campaign_id"] for c in listed] == [campaign_id]
        unknown = await http.post("/sms-campaigns/send", json={**campaign, "list_id": 999})
        assert _code(unknown) == (400, "NOT_ENOUGH_PERMISSION_TO_LIST_ID")


async def test_email_campaigns_need_a_verified_sender(embedded: EmbeddedClickSend) -> None:
    list_id = embedded.add_list("Readers", contacts=2)
    async with _client(embedded) as http:
        campaign = {
            "name": "News",
            "subject": "This week",
            "body": "<p>News</p>",
            "from_email_address_id": 1,
            "from_name": "Us",
            "list_id": list_id,
        }
        refused = await http.post("/email-campaigns/send", json=campaign)
        assert _code(refused) == (400, "BAD_REQUEST")
        campaign["from_email_address_id"] = await _verified_sender(http, embedded)
        sent = _data(await http.post("/email-campaigns/send", json=campaign))
        assert (sent["total_count"], sent["queued_count"], sent["total_price"]) == (2, 2, 0.01)
        campaign_id = sent["data"]["email_campaign_id"]
        embedded.advance(2)
        history = _data(await http.get(f"/email-campaigns/{campaign_id}/history"))["data"]
        assert sorted(h["to_address"] for h in history) == sorted(
            c["email"] for c in embedded.contacts(list_id)
        )
        assert {h["status"] for h in history} == {"Delivered"}


async def test_prices_countries_issues_and_sender_types(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded) as http:
        prices = _data(await http.get("/pricing/AU"))
        assert prices["sms"]["price_rate_0"] == "0.0792"  # what sending an SMS part costs
        assert prices["_currency"]["currency_name_short"] == "AUD"
        in_usd = _data(await http.get("/pricing/AU", params={"currency": "USD"}))
        assert in_usd["sms"]["price_rate_0"] == "0.0511"
        assert (await http.get("/pricing/AU", params={"currency": "XYZ"})).status_code == 400
        countries = _data(await http.get("/country-list"))
        nz = next(c["id"] for c in countries if c["code"] == "NZ")
        assert [c["code"] for c in _data(await http.get("/user-countries"))] == ["AU"]
        chosen = _data(await http.post("/user-countries", json={"country_list_ids": [nz]}))
        assert [(c["code"], c["agreed_at"]) for c in chosen] == [("NZ", None)]
        agreed = _data(await http.post("/user-countries/agree"))
        assert [(c["code"], c["agreed_at"]) for c in agreed] == [("NZ", NOW)]
        issue = {"type": "sms", "description": "Never arrived", "email_address": "me@x.io"}
        created = _data(await http.post("/delivery-issues", json=issue))
        listed = _data(await http.get("/delivery-issues"))["data"]
        assert [i["issue_id"] for i in listed] == [created["issue_id"]]
        types = _data(
            await http.get(
                "/senders/compliant-sender-types",
                params={"filter[product_type]": "SMS", "filter[country_code][]": "US"},
            )
        )["data"]
        assert [
            (t["recipient_country_code"], "alpha_tag" in t["blocked_sender_types"]) for t in types
        ] == [("US", True)]
        assert _data(await http.get("/referral/accounts"))["total"] == 0


async def test_a_reseller_makes_clients_and_moves_credit_to_them(
    embedded: EmbeddedClickSend,
) -> None:
    client_details = {
        "username": "client-1",
        "password": "client-password",
        "user_email": "c1@example.com",
        "user_phone": "+61400000321",
        "user_first_name": "Cee",
        "user_last_name": "One",
        "account_name": "Client One",
        "country": "AU",
    }
    before = embedded.balance()
    async with _client(embedded) as http, _client(embedded, "other") as other:
        client = _data(await http.post("/reseller/accounts", json=client_details))
        client_id = client["user_id"]
        moved = _data(
            await http.put(
                "/reseller/transfer-credit",
                json={"client_user_id": client_id, "balance": "12.50", "currency": "AUD"},
            )
        )
        assert moved["balance"] == "12.500000"
        assert embedded.balance() == before - Decimal("12.50")
        too_much = await http.put(
            "/reseller/transfer-credit",
            json={"client_user_id": client_id, "balance": 1000, "currency": "AUD"},
        )
        assert _code(too_much) == (403, "INSUFFICIENT_CREDIT")
        listed = _data(await http.get("/reseller/accounts"))["data"]
        assert [c["username"] for c in listed] == ["client-1"]
        assert (await other.get(f"/reseller/accounts/{client_id}")).status_code == 404
        settings = {
            "allow_public_signups": 1,
            "default_margin": 10,
            "default_margin_numbers": 5,
            "trial_balance": "1.00",
            "subdomain": "Mine",
            "colour_navigation": "#000000",
            "logo_url_light": "https://e.com/l.png",
            "logo_url_dark": "https://e.com/d.png",
            "company_name": "Me Ltd",
        }
        _data(await http.put("/reseller", json=settings))
        found = _data(await http.get("/reseller/mine"))
        assert (found["company_name"], found["reseller_user_id"]) == ("Me Ltd", 1)
    # The client is a real account: it logs in with its password and holds its credit.
    async with httpx.AsyncClient(
        transport=embedded.transport(),
        base_url=IN_PROCESS_BASE_URL,
        auth=("client-1", "client-password"),
    ) as http:
        assert _data(await http.get("/account"))["balance"] == "12.500000"


async def test_numbers_are_searched_bought_and_listed(embedded: EmbeddedClickSend) -> None:
    before = embedded.balance()
    async with _client(embedded) as http, _client(embedded, "other") as other:
        offered = _data(await http.get("/numbers/search/AU"))["data"]
        assert offered
        assert all(n["dedicated_number"].startswith("+61") for n in offered)
        number = offered[0]["dedicated_number"]
        tail = number[-3:]
        ending = _data(
            await http.get("/numbers/search/AU", params={"search": tail, "search_type": 2})
        )["data"]
        assert number in [n["dedicated_number"] for n in ending]
        assert all(n["dedicated_number"].endswith(tail) for n in ending)
        bought = _data(await http.post(f"/numbers/buy/{number}", json={"type": "mms"}))
        assert bought["price_total"] == "25.00"
        assert embedded.balance() == before - Decimal("25.00")
        listed = _data(await http.get("/numbers"))["data"]
        assert [n["dedicated_number"] for n in listed] == [number]
        taken = await other.post(f"/numbers/buy/{number}", json={"type": "mms"})
        assert _code(taken) == (400, "BAD_REQUEST")
        still = _data(await other.get("/numbers/search/AU"))["data"]
        assert number not in [n["dedicated_number"] for n in still]


async def test_senders_alpha_tags_own_numbers_and_cursor_pages(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded) as http:
        tags = [
            (await http.post("/alpha-tags", json={"alpha_tag": f"Shop{i}", "reason": "Brand"}))
            for i in range(3)
        ]
        assert all(t.status_code == 200 for t in tags)
        assert "http_code" not in tags[0].json()  # the newer resources answer without envelope
        assert tags[0].json()["status"] == "PENDING"
        refused = await http.post("/alpha-tags", json={"alpha_tag": "12345", "reason": "x"})
        assert _code(refused) == (400, "BAD_REQUEST")
        first = (await http.get("/alpha-tags", params={"page_size": 2})).json()
        assert [t["alpha_tag"] for t in first["alpha_tags"]] == ["Shop0", "Shop1"]
        following = (await http.get(first["_metadata"]["pagination"]["next"])).json()
        assert [t["alpha_tag"] for t in following["alpha_tags"]] == ["Shop2"]
        assert following["_metadata"]["pagination"]["next"] is None

        asked = (
            await http.post(
                "/own-numbers/verifications",
                json={"phone_number": "+61400000888", "country": "AU", "label": "Mine"},
            )
        ).json()
        code = embedded.outbox[-1].code
        wrong = await http.post(
            f"/own-numbers/verifications/{asked['id']}/verify", json={"code": "0"}
        )
        assert _code(wrong) == (400, "BAD_REQUEST")
        verified = await http.post(
            f"/own-numbers/verifications/{asked['id']}/verify", json={"code": code}
        )
        assert verified.json()["status"] == "APPROVED"
        numbers = (await http.get("/own-numbers", params={"filter[status][]": "APPROVED"})).json()
        assert [(n["phone_number"], n["label"]) for n in numbers["own_numbers"]] == [
            ("+61400000888", "Mine")
        ]

        setting = {
            "country_code": "AU",
            "product_type": "SMS",
            "default_sender_strategies": [{"sender_type": "alpha_tag", "sender_id": "Shop0"}],
        }
        created = _data(await http.post("/senders/default-senders", json=setting))
        listed = _data(await http.get("/senders/default-senders"))
        assert [s["id"] for s in listed["data"]] == [created["id"]]
        assert listed["next_page_url"] is None


async def test_direct_mail_is_priced_per_leaflet_and_charged_when_sent(
    embedded: EmbeddedClickSend,
) -> None:
    before = embedded.balance()
    async with _client(embedded) as http:
        found = _data(
            await http.get("/post/direct-mail/locations/search/AU", params={"q": "perth"})
        )
        (perth,) = found["data"]
        campaign = {
            "name": "Flyers",
            "size": "DL",
            "file_urls": ["https://example.com/leaflet.pdf"],
            "areas": [{"location_id": perth["location_id"], "quantity": 6000}],
        }
        priced = _data(await http.post("/post/direct-mail/campaigns/price", json=campaign))
        assert (priced["total_price"], priced["total_quantity"]) == ("2640.00", 6000)
        assert embedded.balance() == before
        too_few = {**campaign, "areas": [{"location_id": perth["location_id"], "quantity": 10}]}
        refused = await http.post("/post/direct-mail/campaigns/send", json=too_few)
        assert _code(refused) == (400, "BAD_REQUEST")
        short = await http.post("/post/direct-mail/campaigns/send", json=campaign)
        assert _code(short) == (403, "INSUFFICIENT_CREDIT")  # 2,640.00 is more than 100.00
        cheaper = {**campaign, "areas": [{"location_id": perth["location_id"], "quantity": 5000}]}
        embedded.add_account("rich", "rich-key", balance="5000.00")
    async with _client(embedded, "rich") as http:
        sent = _data(await http.post("/post/direct-mail/campaigns/send", json=cheaper))
        listed = _data(await http.get("/post/direct-mail/campaigns"))["data"]
    assert [c["campaign_id"] for c in listed] == [sent["data"]["campaign_id"]]
    assert embedded.balance("rich") == Decimal("5000.00") - Decimal("2200.00")
