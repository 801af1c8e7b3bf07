"""Hostile input and credential safety.

- Bad input is refused before any request (the embedded ClickSend sees nothing), with a message
  that names what to fix; phone numbers ClickSend itself takes are not refused.
- The API key never shows in a log line, a repr, an exception or the `str` of any object the
  SDK hands out, whatever went wrong.
- Credentials never travel over plain http to a remote host, nor to another host by a redirect;
  the client's own pool verifies TLS certificates.
"""

from __future__ import annotations

import base64
import inspect
import logging
import re
import ssl
import traceback
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkResult,
    ClickSend,
    ClickSendError,
    InternalServerError,
    NotFoundError,
    OrderBy,
    PermissionDeniedError,
    RateLimitError,
    Search,
)
from clicksend_async.testing import TEST_API_KEY, EmbeddedClickSend

from .scripted import API_KEY, USERNAME, answer, closed_port

pytestmark = pytest.mark.anyio

LIST = {"list_id": 7, "list_name": "Customers", "list_email_id": "X", "_contacts_count": 0}


# -------------------------------------------------------------------------------- bad input


async def _row_error(bulk: Awaitable[BulkResult[Any]]) -> None:
    """Raise the error of a bulk call's only row (bulk calls report errors, never raise them)."""
    (item,) = (await bulk).items
    assert item.error is not None, "the row was accepted"
    raise item.error


Make = Callable[[ClickSend, int], object]

BAD_INPUT: list[Any] = [
    # Search and OrderBy: what the q / order_by wire format cannot carry.
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search=Search(last_name="Lee, Ann")),
        ValueError,
        r"Search value for 'last_name' holds ',' or ':'",
        id="search-value-with-comma",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.iter(lid, search=Search(custom_1="10:30")),
        ValueError,
        r"Search value for 'custom_1' holds ',' or ':'",
        id="search-value-with-colon",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.list(search=Search(**{"list name": "vip"})),  # type: ignore[arg-type]
        ValueError,
        r"field name 'list name' has characters outside a-z, 0-9 and _",
        id="search-field-with-space",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search=Search(First_Name="ann")),
        ValueError,
        r"field name 'First_Name' has characters outside a-z",
        id="search-field-upper-case",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search=Search()),
        ValueError,
        r"Search needs at least one field=value",
        id="search-empty",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search=Search(first_name="ann", operator="or")),  # type: ignore[arg-type]
        ValueError,
        r'operator must be "AND" or "OR", got \'or\'',
        id="search-operator",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search=Search(first_name=None)),  # type: ignore[arg-type]
        TypeError,
        r"Search value for 'first_name' must be str or int, got NoneType",
        id="search-value-type",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, search="first_name:ann"),
        TypeError,
        r"contacts.list: search must be Search, got str",
        id="search-as-string",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, order_by=OrderBy.desc("contact id")),
        ValueError,
        r"OrderBy field name 'contact id' has characters outside a-z",
        id="order-by-field",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, order_by=OrderBy("contact_id", "descending")),  # type: ignore[arg-type]
        ValueError,
        r'OrderBy direction must be "asc" or "desc", got \'descending\'',
        id="order-by-direction",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.list(order_by="list_id:asc"),
        TypeError,
        r"lists.list: order_by must be OrderBy, got str",
        id="order-by-as-string",
    ),
    # Pages: limit 15..100, pages from 1.
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, limit=14),
        ValueError,
        r"contacts.list: limit must be between 15 and 100, got 14",
        id="limit-14",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.iter(lid, limit=101),
        ValueError,
        r"contacts.list: limit must be between 15 and 100, got 101",
        id="limit-101-iter",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.list(limit=0),
        ValueError,
        r"lists.list: limit must be between 15 and 100, got 0",
        id="limit-0",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.iter(limit="50"),
        TypeError,
        r"lists.list: limit must be int, got str",
        id="limit-str",
    ),
    pytest.param(
        lambda cs, lid: cs.recharge.list_transactions(limit=50.0),
        TypeError,
        r"recharge.list_transactions: limit must be int, got float",
        id="limit-float",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, page=0),
        ValueError,
        r"contacts.list: page must be at least 1, got 0",
        id="page-0",
    ),
    pytest.param(
        lambda cs, lid: cs.email_to_sms.list_stripped_strings(page="2"),
        TypeError,
        r"page must be int, got str",
        id="page-str",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.iter(lid, concurrency=0),
        ValueError,
        r"concurrency must be a whole number of at least 1, got 0",
        id="iter-concurrency-0",
    ),
    # A contact needs at least one of phone_number, email, fax_number.
    pytest.param(
        lambda cs, lid: cs.contacts.create(lid, first_name="Nobody", custom_1="x"),
        ValueError,
        r"contacts.create: give at least one of phone_number, email, fax_number",
        id="create-contact-without-address",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.create(lid, phone_number="", email="", first_name="Nobody"),
        ValueError,
        r"contacts.create: give at least one of phone_number, email, fax_number",
        id="create-contact-with-empty-addresses",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.update(lid, 1, first_name="Nobody"),
        ValueError,
        r"contacts.update: give at least one of phone_number, email, fax_number",
        id="update-contact-without-address",
    ),
    pytest.param(
        lambda cs, lid: _row_error(cs.contacts.bulk_create(lid, [{"first_name": "Nobody"}])),
        ValueError,
        r"contacts.create: give at least one of phone_number, email, fax_number",
        id="bulk-create-row-without-address",
    ),
    pytest.param(
        lambda cs, lid: _row_error(
            cs.contacts.bulk_update(lid, [{"contact_id": 1, "last_name": "Nobody"}])
        ),
        ValueError,
        r"contacts.update: give at least one of phone_number, email, fax_number",
        id="bulk-update-row-without-address",
    ),
    # Ids of the wrong type.
    pytest.param(
        lambda cs, lid: cs.contacts.get(str(lid), 1),
        TypeError,
        r"contacts.get: list_id must be int, got str",
        id="id-str",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.delete(lid, 3.0),
        TypeError,
        r"contacts.delete: contact_id must be int, got float",
        id="id-float",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.get(True),
        TypeError,
        r"lists.get: list_id must be int, got bool",
        id="id-bool",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.delete(None),
        TypeError,
        r"lists.delete: list_id is required",
        id="id-none",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.copy(lid, 1, str(lid)),
        TypeError,
        r"contacts.copy: to_list_id must be int, got str",
        id="id-str-of-unsafe-put",
    ),
    pytest.param(
        lambda cs, lid: cs.recharge.get_transaction(""),
        ValueError,
        r"recharge.get_transaction: transaction_id must not be empty",
        id="id-empty-string",
    ),
    pytest.param(
        lambda cs, lid: _row_error(cs.contacts.bulk_delete(lid, ["3"])),
        TypeError,
        r"a row must be a mapping or a model, got str",
        id="bulk-delete-id-str",
    ),
    # updated_after: Unix seconds, or an aware datetime.
    pytest.param(
        lambda cs, lid: cs.contacts.iter(lid, updated_after=datetime(2024, 1, 1, 12)),
        ValueError,
        r"updated_after: datetime 2024-01-01T12:00:00 has no time zone: pass an aware one",
        id="updated-after-naive",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, updated_after=-1),
        ValueError,
        r"contacts.list: updated_after must be at least 0, got -1",
        id="updated-after-negative",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.list(lid, updated_after="1435255816"),
        TypeError,
        r"updated_after must be int or datetime, got str",
        id="updated-after-str",
    ),
    # Body fields of the wrong type.
    pytest.param(
        lambda cs, lid: cs.contacts.create(lid, phone_number=61411111111),
        TypeError,
        r"contacts.create: phone_number must be str, got int",
        id="body-phone-int",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.update(lid, 1, email="a@b.c", first_name=["Ann"]),
        TypeError,
        r"contacts.update: first_name must be str, got list",
        id="body-name-list",
    ),
    pytest.param(
        lambda cs, lid: cs.lists.create(list_name=7),
        TypeError,
        r"lists.create: list_name must be str, got int",
        id="body-list-name-int",
    ),
    pytest.param(
        lambda cs, lid: _row_error(cs.contacts.bulk_create(lid, [{"phone_number": 61411111111}])),
        TypeError,
        r"contacts.create: phone_number must be str, got int",
        id="bulk-row-phone-int",
    ),
    # Bulk rows: only the call's own keywords, never the bulk call's shared ones.
    pytest.param(
        lambda cs, lid: _row_error(
            cs.contacts.bulk_create(lid, [{"phone_number": "+61411111111", "nickname": "Al"}])
        ),
        TypeError,
        r"contacts.create: unknown argument\(s\) nickname; it takes list_id, phone_number",
        id="bulk-row-unknown-keyword",
    ),
    pytest.param(
        lambda cs, lid: _row_error(
            cs.contacts.bulk_create(lid, [{"list_id": lid + 1, "phone_number": "+61411111111"}])
        ),
        TypeError,
        r"the row sets list_id apart from the bulk call's own value for all rows",
        id="bulk-row-sets-list-id",
    ),
    pytest.param(
        lambda cs, lid: cs.contacts.bulk_create(lid, {"phone_number": "+61411111111"}),
        TypeError,
        r"rows must be an iterable of rows",
        id="bulk-one-row-not-a-list",
    ),
    # forgot-username: email, phone_number or both (a country alone is not enough).
    pytest.param(
        lambda cs, lid: cs.account.forgot_username(country="US"),
        ValueError,
        r"account.forgot_username: give at least one of email, phone_number \(not blank\)$",
        id="forgot-username-neither",
    ),
    pytest.param(
        lambda cs, lid: cs.account.forgot_username(phone_number="3108147982", country="USA"),
        ValueError,
        r"account.forgot_username: country must match",
        id="forgot-username-country-not-two-letters",
    ),
    # Path values with a documented shape.
    pytest.param(
        lambda cs, lid: cs.account.usage_by_subaccount("2024", "13"),
        ValueError,
        r"account.usage_by_subaccount: month must match",
        id="usage-month-13",
    ),
]


async def _attempt(make: Make, cs: ClickSend, list_id: int) -> None:
    outcome = make(cs, list_id)
    if inspect.isawaitable(outcome):
        await outcome


@pytest.mark.parametrize(("make", "error", "message"), BAD_INPUT)
async def test_bad_input_is_refused_before_any_request_saying_what_to_fix(
    embedded: EmbeddedClickSend, make: Make, error: type[Exception], message: str
) -> None:
    list_id = embedded.add_list("Untouched")
    async with embedded.client() as cs:
        with pytest.raises(error, match=message):
            await _attempt(make, cs, list_id)
    assert embedded.requests == []
    assert not embedded.request_counts


@given(limit=st.integers(min_value=-(10**6), max_value=10**6))
def test_any_limit_outside_15_to_100_is_refused_and_any_inside_accepted(limit: int) -> None:
    # iter() checks its arguments at once and sends nothing until iterated.
    nowhere = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: answer(404)))
    cs = ClickSend(USERNAME, API_KEY, http_client=nowhere)
    if 15 <= limit <= 100:
        cs.contacts.iter(1, limit=limit)
    else:
        with pytest.raises(ValueError, match=f"limit must be between 15 and 100, got {limit}$"):
            cs.contacts.iter(1, limit=limit)


@pytest.mark.parametrize(
    "fields",
    [
        {"phone_number": "0412345678", "address_country": "AU"},
        {"phone_number": "3108147982", "address_country": "US"},
        {"phone_number": "3108147982"},
        {"phone_number": "+61 412 345 678"},
        {"fax_number": "0298765432", "address_country": "AU"},
    ],
    ids=["au-mobile", "us-local", "us-local-no-country", "e164-spaced", "au-fax"],
)
async def test_phone_numbers_in_the_formats_clicksend_takes_are_not_refused(
    embedded: EmbeddedClickSend, fields: dict[str, str]
) -> None:
    list_id = embedded.add_list("Local numbers")
    async with embedded.client() as cs:
        created = await cs.contacts.create(list_id, **fields)
        updated = await cs.contacts.update(list_id, created.contact_id, **fields)
        bulk = await cs.contacts.bulk_create(list_id, [fields])
    assert bulk.failed == []
    assert updated.contact_id == created.contact_id
    assert len(embedded.contacts(list_id)) == 2
    assert embedded.request_counts["contacts_create"] == 2


async def test_forgot_username_takes_a_local_phone_number() -> None:
    embedded = EmbeddedClickSend()
    async with embedded.client(username=None, api_key=None) as cs:
        with pytest.raises(NotFoundError, match="No account has this phone number"):
            await cs.account.forgot_username(phone_number="3108147982")
    assert embedded.request_counts["account_forgot_username"] == 1, "it was sent"


# ------------------------------------------------------------------------------ credentials

WRONG_KEY = "WRONG-KEY-9876543210"
SECRETS = (
    API_KEY,
    WRONG_KEY,
    TEST_API_KEY,
    *(
        base64.b64encode(f"{user}:{key}".encode()).decode()
        for user, key in ((USERNAME, API_KEY), (USERNAME, WRONG_KEY), ("banned", TEST_API_KEY))
    ),
)
AUTHORIZATION_VALUE = re.compile(r"(?i)basic\s+[a-z0-9+/]{8,}")


def _texts_of(thing: object) -> list[str]:
    """What a user can get printed of an object: its str and repr; for an error, more."""
    texts = [str(thing), repr(thing)]
    if isinstance(thing, BaseException):
        texts.append("".join(traceback.format_exception(thing)))
        texts.append(repr(vars(thing)))
        request = getattr(thing, "request", None) or thing.response.request  # type: ignore[attr-defined]
        texts.append(repr(request.headers))
    return texts


async def _error_of(call: Awaitable[object]) -> ClickSendError:
    try:
        await call
    except ClickSendError as error:
        return error
    raise AssertionError("the call succeeded")


async def test_no_secret_in_any_object_error_or_log_line(
    embedded: EmbeddedClickSend, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the SDK's, httpx's, httpcore's, the server's
    list_id = embedded.add_list("Secrets", contacts=20)
    shown: list[object] = [embedded]
    errors: list[ClickSendError] = []

    async with (
        embedded.client(timeout=0.05) as cs,
        embedded.client(max_retries=0, timeout=0.05) as once,
    ):
        shown += [cs, cs.account, cs.recharge, cs.contacts, cs.lists, cs.countries, cs.email_to_sms]
        me = await cs.account.get()
        assert me.subaccount
        assert me.subaccount.api_key == API_KEY, "the secret is in the model..."
        shown += [me, me.subaccount]  # ... and must not be in its repr
        page = await cs.contacts.list(list_id)
        paginator = cs.contacts.iter(list_id)
        shown += [page, *page.items, paginator, [c async for c in paginator]]
        embedded.inject("5xx", operation="lists_get")
        shown.append(await cs.lists.get(list_id))  # retried, and logged as such
        bulk = await cs.contacts.bulk_create(
            list_id, [{"phone_number": "+61400000001"}, {"first_name": "no address"}]
        )
        shown += [bulk, *bulk.items]

        for kind, operation, call in (
            ("drop_after", "contacts_create", cs.contacts.create(list_id, email="a@b.c")),
            ("timeout", "lists_get", once.lists.get(list_id)),
            ("malformed", "account_get", cs.account.get()),
            ("5xx", "lists_create", cs.lists.create(list_name="Failed")),
            ("429", "lists_list", once.lists.list()),
        ):
            embedded.inject(kind, operation=operation)
            errors.append(await _error_of(call))
        errors.append(await _error_of(cs.lists.get(999_999)))
        errors.append(await _error_of(cs.contacts.create(list_id, phone_number="not a number")))
    async with embedded.client(api_key=WRONG_KEY) as wrong:
        errors.append(await _error_of(wrong.account.get()))
    async with embedded.client(username="banned", api_key=TEST_API_KEY) as banned:
        errors.append(await _error_of(banned.account.get()))
    async with ClickSend(
        USERNAME, API_KEY, base_url=f"http://127.0.0.1:{closed_port()}/v3", max_retries=0
    ) as refused:
        errors.append(await _error_of(refused.lists.get(1)))
    async with (  # on a real socket, for the transport's own DEBUG lines
        embedded.serve_in_thread() as base_url,
        ClickSend(USERNAME, API_KEY, base_url=base_url, max_retries=1) as real,
    ):
        shown.append(await real.account.get())
        embedded.inject("drop_after", operation="contacts_create")
        errors.append(await _error_of(real.contacts.create(list_id, email="b@c.d")))

    assert {type(error) for error in errors} == {
        APIConnectionError,
        APITimeoutError,
        APIResponseValidationError,
        InternalServerError,
        RateLimitError,
        NotFoundError,
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
    }, "an error of every class a fault can produce"
    assert "-> 200 (attempt 2" in caplog.text, "requests are logged at DEBUG, retries too"
    assert "send_request_headers" in caplog.text, "the transport's DEBUG lines are captured"
    texts = [caplog.text, *(repr(record.__dict__) for record in caplog.records)]
    for thing in (*shown, *errors):
        texts += _texts_of(thing)
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
        assert not AUTHORIZATION_VALUE.search(text), text


def test_a_configuration_error_does_not_echo_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    with pytest.raises(ValueError, match="username") as caught:
        ClickSend(api_key=API_KEY)
    assert API_KEY not in str(caught.value)


# ------------------------------------------------------------- plain http, redirects, TLS


@pytest.mark.parametrize(
    "base_url",
    [
        "http://rest.clicksend.com/v3",
        "http://10.1.2.3:8080/v3",
        "http://0.0.0.0:8765/v3",
        "http://localhost.example.com/v3",
        "http://127.0.0.1.nip.io/v3",
    ],
)
def test_credentials_over_plain_http_to_a_remote_host_are_refused(
    base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = httpx.URL(base_url).host
    with pytest.raises(ValueError, match=f"plain http to {re.escape(host)}: use https") as caught:
        ClickSend(USERNAME, API_KEY, base_url=base_url)
    assert API_KEY not in str(caught.value)
    monkeypatch.setenv("CLICKSEND_USERNAME", USERNAME)
    monkeypatch.setenv("CLICKSEND_API_KEY", API_KEY)
    monkeypatch.setenv("CLICKSEND_BASE_URL", base_url)
    with pytest.raises(ValueError, match="use https"):
        ClickSend()


@pytest.mark.parametrize(
    "base_url",
    ["http://127.8.9.10:8765/v3", "http://LOCALHOST:8765/v3", "https://rest.clicksend.com/v3"],
)
def test_https_and_loopback_http_are_allowed(base_url: str) -> None:
    assert ClickSend(USERNAME, API_KEY, base_url=base_url).base_url == str(httpx.URL(base_url))


async def test_without_credentials_plain_http_carries_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(200, [{"code": "AU", "value": "Australia"}])

    http = httpx.AsyncClient(transport=httpx.MockTransport(record))
    async with http, ClickSend(base_url="http://api.example/v3", http_client=http) as cs:
        await cs.countries.list()
        with pytest.raises(ClickSendError, match="needs credentials"):
            await cs.lists.get(7)
    assert [r.url.path for r in sent] == ["/v3/countries"]
    assert "authorization" not in sent[0].headers


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_elsewhere_is_an_error_and_the_other_host_gets_nothing(
    status: int,
) -> None:
    hosts: list[str] = []

    def redirecting(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "rest.clicksend.com":
            target = f"https://collector.example{request.url.path}"
            return httpx.Response(status, headers={"Location": target})
        return answer(200, LIST)

    # A shared pool that would follow redirects: the SDK's own policy still applies.
    http = httpx.AsyncClient(transport=httpx.MockTransport(redirecting), follow_redirects=True)
    errors: list[APIStatusError] = []
    async with http, ClickSend(USERNAME, API_KEY, http_client=http) as cs:
        for call in (cs.lists.get(7), cs.lists.create(list_name="Customers")):
            with pytest.raises(APIStatusError, match="not followed") as caught:
                await call
            errors.append(caught.value)
    assert hosts == ["rest.clicksend.com", "rest.clicksend.com"], "nothing went elsewhere"
    for error in errors:
        assert type(error) is APIStatusError
        assert error.status_code == status
        assert "collector.example" in str(error), "the message says where it pointed"
        assert API_KEY not in str(error)


async def test_the_clients_own_pool_verifies_tls_certificates() -> None:
    async with ClickSend(USERNAME, API_KEY) as cs:
        transport = cs._http._transport
        assert isinstance(transport, httpx.AsyncHTTPTransport)
        context = transport._pool._ssl_context
        assert context is not None
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert cs.base_url.startswith("https://")
