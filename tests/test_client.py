"""The façade against a scripted ClickSend: wire format, pagination, retries, errors, secrets."""

import base64
import gc
import logging
from datetime import UTC, datetime, timedelta, timezone

import anyio
import httpx
import pytest

from clicksend_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClickSend,
    ClickSendError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    OrderBy,
    PermissionDeniedError,
    RateLimitError,
    ResponseCode,
    Search,
)
from clicksend_async.models import UNSET, Contact, ContactList, Country

from .scripted import API_KEY, USERNAME, Script, Slow, answer, contact, envelope, page_of, paged

pytestmark = pytest.mark.anyio

LIST = {"list_id": 7, "list_name": "Customers", "list_email_id": "X", "_contacts_count": 0}


# ------------------------------------------------------------------------------ wire format


async def test_list_sends_page_limit_search_and_order_by_in_the_documented_format() -> None:
    script = Script(answer(200, page_of([contact(1)], 2, 50, 51)))
    async with script.client() as cs:
        page = await cs.contacts.list(
            7,
            page=2,
            limit=50,
            search=Search(first_name="ellen", last_name="diaz", operator="OR"),
            order_by=OrderBy.desc("contact_id"),
        )
    (request,) = script.requests
    assert request.method == "GET"
    assert request.url.path == "/v3/lists/7/contacts"
    assert dict(request.url.params) == {
        "page": "2",
        "limit": "50",
        "q": "first_name:ellen,last_name:diaz",
        "operator": "OR",
        "order_by": "contact_id:desc",
    }
    assert [c.contact_id for c in page.items] == [1]
    assert (page.total, page.per_page, page.current_page, page.last_page) == (51, 50, 2, 2)
    assert page.has_next is False


async def test_an_and_search_and_an_ascending_order_are_sent_as_such() -> None:
    script = Script(answer(200, page_of([], 1, 15, 0)))
    async with script.client() as cs:
        await cs.lists.list(search=Search(list_name="vip"), order_by=OrderBy.asc("list_id"))
    params = script.requests[0].url.params
    assert (params["q"], params["operator"], params["order_by"]) == (
        "list_name:vip",
        "AND",
        "list_id:asc",
    )


async def test_create_sends_only_the_fields_given_as_json_with_basic_auth() -> None:
    script = Script(answer(200, contact(5, 7, first_name="Ellen")))
    async with script.client() as cs:
        created = await cs.contacts.create(7, phone_number="+61411111111", first_name="Ellen")
    (request,) = script.requests
    assert (request.method, request.url.path) == ("POST", "/v3/lists/7/contacts")
    assert script.bodies == [{"phone_number": "+61411111111", "first_name": "Ellen"}]
    assert request.headers["content-type"] == "application/json"
    expected = base64.b64encode(f"{USERNAME}:{API_KEY}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert isinstance(created, Contact)
    assert (created.contact_id, created.first_name, created.email) == (5, "Ellen", UNSET)


async def test_updated_after_takes_an_int_or_an_aware_datetime() -> None:
    script = Script(answer(200, page_of([], 1, 15, 0)))
    moment = datetime(2015, 6, 25, 18, 10, 16, tzinfo=UTC)
    async with script.client() as cs:
        await cs.contacts.list(7, updated_after=1435255816)
        await cs.contacts.list(7, updated_after=moment)
        await cs.contacts.list(7, updated_after=moment.astimezone(timezone(timedelta(hours=10))))
        with pytest.raises(ValueError, match="no time zone"):
            await cs.contacts.list(7, updated_after=datetime(2015, 6, 25))
    assert [r.url.params["updated_after"] for r in script.requests] == ["1435255816"] * 3


async def test_calls_return_the_unwrapped_data_as_models() -> None:
    script = Script(
        answer(200, [{"code": "AU", "value": "Australia"}]),
        answer(200, LIST),
        answer(200, []),
        answer(200, True),
    )
    async with script.client() as cs:
        countries = await cs.countries.list()
        created = await cs.lists.create(list_name="Customers")
        deleted = await cs.contacts.delete(7, 5)
        rule_deleted = await cs.email_to_sms.delete_stripped_string(3)
    assert countries == [Country(code="AU", value="Australia")]
    assert isinstance(created, ContactList)
    assert (created.list_id, created.contacts_count) == (7, 0)
    assert deleted is None
    assert rule_deleted is None
    assert [r.method for r in script.requests] == ["GET", "POST", "DELETE", "DELETE"]


async def test_calls_that_need_no_login_send_no_credentials() -> None:
    script = Script(answer(200, [{"code": "FI", "value": "Finland"}]), answer(200, []))
    async with script.client() as cs:
        await cs.countries.list()
        await cs.account.forgot_password(username="someone")
    assert all("authorization" not in r.headers for r in script.requests)


# ------------------------------------------------------------------------------- pagination


async def test_iter_reads_650_items_in_order_fetching_each_page_once() -> None:
    script = Script(paged(contact(i) for i in range(650)))
    async with script.client() as cs:
        seen = [c.contact_id async for c in cs.contacts.iter(7)]
    assert seen == list(range(650))
    pages = sorted(int(r.url.params["page"]) for r in script.requests)
    assert pages == [1, 2, 3, 4, 5, 6, 7], "each page once, and never an empty page 8"
    assert {r.url.params["limit"] for r in script.requests} == {"100"}


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_iter_keeps_at_most_concurrency_pages_in_flight(concurrency: int) -> None:
    slow = Slow(paged(contact(i) for i in range(1000)))
    async with slow.client() as cs:
        seen = [c.contact_id async for c in cs.contacts.iter(7, limit=100, concurrency=concurrency)]
    assert seen == list(range(1000))
    assert slow.peak == concurrency


async def test_iter_keeps_the_window_full_while_items_are_read() -> None:
    # In an `async with` block the next pages are fetched while this one is read: a slow
    # reader of 8 pages at concurrency 4 sees the later pages already there.
    slow = Slow(paged(contact(i) for i in range(800)), delay=0.02)
    async with slow.client() as cs:
        started = anyio.current_time()
        async for _page in cs.contacts.iter(7, concurrency=4).pages():
            await anyio.sleep(0.02)  # the reader's own work on the page
        took = anyio.current_time() - started
    assert slow.peak == 4
    # Strictly one batch after another would take 1 + 2 batches of (fetch + read) = 0.12 s.
    assert took < 0.12 + 0.8 * 0.02 * 8, took


async def test_iter_without_async_with_fetches_in_batches() -> None:
    slow = Slow(paged(contact(i) for i in range(1000)))
    cs = slow.client()
    seen = [c.contact_id async for c in cs.contacts.iter(7, concurrency=3)]
    await cs.aclose()
    assert seen == list(range(1000))
    assert slow.peak == 3


async def test_leaving_an_iteration_early_cancels_the_pages_in_flight() -> None:
    slow = Slow(paged(contact(i) for i in range(1000)), delay=0.5)
    async with slow.client() as cs:
        stream = aiter(cs.contacts.iter(7, concurrency=4))
        assert (await anext(stream)).contact_id == 0
        await anyio.sleep(0.01)
        assert slow.in_flight == 4, "pages 2 to 5 are being fetched"
        await stream.aclose()  # what `break` does, once the generator is collected
        await anyio.sleep(0.01)
        assert slow.in_flight == 0
        slow.delay = 0
        assert (await cs.contacts.list(7)).total == 1000, "the client is still usable"


async def test_breaking_out_of_iter_leaves_nothing_behind() -> None:
    slow = Slow(paged(contact(i) for i in range(1000)), delay=0.01)
    async with slow.client() as cs:
        async for contact_ in cs.contacts.iter(7, concurrency=4):
            assert contact_.contact_id == 0
            break
        gc.collect()  # no warning about an unfinished async generator (filterwarnings=error)
        await anyio.sleep(0.05)
        assert slow.in_flight == 0, "the pages already asked for have finished"
        assert len(slow.seen) <= 1 + 4


async def test_an_iteration_outliving_the_client_block_fails_instead_of_hanging() -> None:
    slow = Slow(paged(contact(i) for i in range(1000)), delay=0.3)
    errors: list[Exception] = []
    with anyio.fail_after(5):
        async with anyio.create_task_group() as outer, slow.client() as cs:

            async def read() -> None:
                try:
                    [c async for c in cs.contacts.iter(7, concurrency=4)]
                except ClickSendError as error:
                    errors.append(error)

            outer.start_soon(read)
            await anyio.sleep(0.45)  # page 1 read, pages 2 to 5 in flight
    assert len(errors) == 1
    assert "block it was fetched in has ended" in str(errors[0])


async def test_a_closed_client_cannot_be_opened_again() -> None:
    cs = Script(answer(200, LIST)).client()
    async with cs:
        pass_through = await cs.lists.get(7)
    assert pass_through.list_id == 7
    with pytest.raises(RuntimeError, match="closed: make a new one"):
        await cs.__aenter__()


async def test_a_client_is_entered_once() -> None:
    async with Script(answer(200, LIST)).client() as cs:
        with pytest.raises(RuntimeError, match="already open"):
            await cs.__aenter__()


async def test_iter_follows_a_list_that_shrinks_while_it_is_read() -> None:
    items = [contact(i) for i in range(250)]
    served = paged(items)

    def shrinking(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] != "1":
            del items[200:]  # the third page disappears before it is asked for
        return served(request)

    script = Script(shrinking)
    async with script.client() as cs:
        seen = [c.contact_id async for c in cs.contacts.iter(7, concurrency=1)]
    assert seen == list(range(200))
    assert sorted(r.url.params["page"] for r in script.requests) == ["1", "2"]


async def test_pages_yields_whole_pages() -> None:
    script = Script(paged(contact(i) for i in range(40)))
    async with script.client() as cs:
        pages = [p async for p in cs.contacts.iter(7, limit=15).pages()]
    assert [len(p) for p in pages] == [15, 15, 10]
    assert [p.current_page for p in pages] == [1, 2, 3]


async def test_an_error_on_a_later_page_is_raised_as_itself() -> None:
    serve = paged(contact(i) for i in range(300))

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            return answer(404, [])
        return serve(request)

    script = Script(failing)
    async with script.client() as cs:
        with pytest.raises(NotFoundError):
            [c async for c in cs.contacts.iter(7)]


async def test_iter_refuses_bad_arguments_before_any_request() -> None:
    script = Script(answer(200, page_of([], 1, 15, 0)))
    async with script.client() as cs:
        with pytest.raises(ValueError, match="limit must be between 15 and 100, got 500"):
            cs.contacts.iter(7, limit=500)
        with pytest.raises(ValueError, match="concurrency"):
            cs.contacts.iter(7, concurrency=0)
        with pytest.raises(TypeError, match="list_id must be int, got str"):
            cs.contacts.iter("7")  # type: ignore[arg-type]
    assert script.requests == []


# ---------------------------------------------------------------------------------- retries


async def test_429_with_retry_after_waits_that_long_then_succeeds() -> None:
    script = Script(answer(429, [], headers={"Retry-After": "1"}), answer(200, LIST))
    async with script.client() as cs:
        started = anyio.current_time()
        created = await cs.lists.create(list_name="Customers")
        waited = anyio.current_time() - started
    assert created.list_id == 7
    assert len(script.requests) == 2, "a 429 is refused, not done: even a create is repeated"
    assert waited >= 1.0


async def test_429_with_an_http_date_retry_after_is_honoured() -> None:
    soon = datetime.now(UTC) + timedelta(seconds=2)
    script = Script(
        answer(429, [], headers={"Retry-After": soon.strftime("%a, %d %b %Y %H:%M:%S GMT")}),
        answer(200, LIST),
    )
    async with script.client() as cs:
        started = anyio.current_time()
        await cs.lists.get(7)
        waited = anyio.current_time() - started
    assert 0.5 <= waited <= 3.0


async def test_429_without_retry_after_backs_off_and_succeeds() -> None:
    script = Script(answer(429, []), answer(429, []), answer(200, LIST))
    async with script.client() as cs:
        started = anyio.current_time()
        await cs.lists.get(7)
        waited = anyio.current_time() - started
    assert len(script.requests) == 3
    assert waited <= 2 * 1.5, "backoff starts small: random up to 0.5 s, then up to 1 s"


async def test_retries_exhausted_raise_rate_limit_error() -> None:
    script = Script(answer(429, [], headers={"Retry-After": "0"}))
    async with script.client(max_retries=2) as cs:
        with pytest.raises(RateLimitError) as caught:
            await cs.lists.get(7)
    assert len(script.requests) == 3
    assert caught.value.status_code == 429
    assert caught.value.retry_after == 0.0
    assert caught.value.response_code == "TOO_MANY_REQUESTS"


async def test_max_retries_zero_turns_retrying_off() -> None:
    script = Script(answer(429, [], headers={"Retry-After": "0"}), answer(200, LIST))
    async with script.client(max_retries=0) as cs:
        with pytest.raises(RateLimitError):
            await cs.lists.get(7)
    assert len(script.requests) == 1


async def test_a_create_answered_500_is_sent_exactly_once() -> None:
    script = Script(answer(500, [], code="INTERNAL_ERROR"), answer(200, contact(1)))
    async with script.client() as cs:
        with pytest.raises(InternalServerError) as caught:
            await cs.contacts.create(7, phone_number="+61411111111")
    assert len(script.requests) == 1
    assert caught.value.outcome_unknown is True
    assert "outcome is unknown" in str(caught.value)


async def test_a_get_answered_500_twice_then_200_succeeds() -> None:
    script = Script(answer(500, []), answer(503, []), answer(200, contact(3)))
    async with script.client() as cs:
        got = await cs.contacts.get(7, 3)
    assert got.contact_id == 3
    assert len(script.requests) == 3


async def test_a_connection_that_never_opened_is_retried_even_for_a_create() -> None:
    script = Script(httpx.ConnectError("refused"), answer(200, contact(1)))
    async with script.client() as cs:
        created = await cs.contacts.create(7, email="a@example.com")
    assert created.contact_id == 1
    assert len(script.requests) == 2


async def test_a_create_whose_answer_was_lost_is_not_repeated() -> None:
    script = Script(httpx.RemoteProtocolError("Server disconnected"), answer(200, contact(1)))
    async with script.client() as cs:
        with pytest.raises(APIConnectionError) as caught:
            await cs.contacts.create(7, email="a@example.com")
    assert len(script.requests) == 1
    assert caught.value.outcome_unknown is True
    assert "outcome is unknown" in str(caught.value)


async def test_a_get_whose_answer_was_lost_is_repeated() -> None:
    script = Script(httpx.ReadError("reset"), httpx.ReadTimeout("slow"), answer(200, contact(2)))
    async with script.client() as cs:
        assert (await cs.contacts.get(7, 2)).contact_id == 2
    assert len(script.requests) == 3


async def test_a_read_timeout_on_an_unsafe_call_raises_api_timeout_error() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    async with script.client() as cs:
        with pytest.raises(APITimeoutError) as caught:
            await cs.recharge.purchase(1)
    assert len(script.requests) == 1
    assert caught.value.outcome_unknown is True


async def test_connection_failures_exhausted_raise_api_connection_error() -> None:
    script = Script(httpx.ConnectError("refused"))
    async with script.client(max_retries=1) as cs:
        with pytest.raises(APIConnectionError, match="could not reach ClickSend") as caught:
            await cs.lists.get(7)
    assert caught.value.outcome_unknown is False
    assert len(script.requests) == 2


# ----------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, "MISSING_REQUIRED_FIELDS", BadRequestError),
        (401, "INVALID_CREDENTIALS", AuthenticationError),
        (403, "ACCOUNT_NOT_ACTIVATED", PermissionDeniedError),
        (404, "NOT_FOUND", NotFoundError),
        (405, "METHOD_NOT_ALLOWED", MethodNotAllowedError),
        (500, "INTERNAL_ERROR", InternalServerError),
    ],
)
async def test_error_statuses_map_to_typed_errors_with_clicksend_codes(
    status: int, code: str, error: type[APIStatusError]
) -> None:
    script = Script(httpx.Response(status, json=envelope([], status, code, "Nope.")))
    async with script.client(max_retries=0) as cs:
        with pytest.raises(error) as caught:
            await cs.lists.get(7)
    assert caught.value.status_code == status
    assert caught.value.response_code == code
    assert caught.value.response_msg == "Nope."
    assert caught.value.body == envelope([], status, code, "Nope.")
    assert f"{status} {code}" in str(caught.value)


async def test_documented_codes_are_typed_constants() -> None:
    script = Script(httpx.Response(400, json=envelope([], 400, "ALREADY_EXISTS", "Exists.")))
    async with script.client() as cs:
        with pytest.raises(BadRequestError) as caught:
            await cs.lists.create(list_name="Customers")
    assert caught.value.response_code == ResponseCode.ALREADY_EXISTS


async def test_an_html_502_from_a_proxy_is_an_internal_server_error() -> None:
    script = Script(httpx.Response(502, text="<html><body>Bad Gateway</body></html>"))
    async with script.client(max_retries=0) as cs:
        with pytest.raises(InternalServerError) as caught:
            await cs.lists.get(7)
    assert caught.value.status_code == 502
    assert caught.value.response_code is None
    assert "Bad Gateway" in str(caught.value)


async def test_a_200_that_is_not_json_is_a_validation_error() -> None:
    script = Script(httpx.Response(200, text='{"http_code": 200, "resp'))
    async with script.client() as cs:
        with pytest.raises(APIResponseValidationError, match="not JSON"):
            await cs.lists.get(7)
    assert len(script.requests) == 1


async def test_a_200_lacking_a_required_field_is_a_validation_error() -> None:
    script = Script(answer(200, {"list_name": "no id"}))
    async with script.client() as cs:
        with pytest.raises(APIResponseValidationError, match="'list_id'") as caught:
            await cs.lists.get(7)
    assert caught.value.body == envelope({"list_name": "no id"})


async def test_a_200_that_is_a_json_array_is_a_validation_error() -> None:
    script = Script(httpx.Response(200, json=[1, 2]))
    async with script.client() as cs:
        with pytest.raises(APIResponseValidationError, match="not the documented envelope"):
            await cs.lists.get(7)


async def test_unknown_extra_fields_are_accepted_and_kept() -> None:
    script = Script(answer(200, {**LIST, "list_colour": "blue"}))
    async with script.client() as cs:
        got = await cs.lists.get(7)
    assert got.additional_properties == {"list_colour": "blue"}


# httpx leaves its body stream's async generator unfinished when decoding fails; trio warns
# when it is collected. That is httpx's, not the SDK's: the warning is let through here only.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_an_answer_that_cannot_be_decoded_is_a_connection_error() -> None:
    gzip_that_is_not = httpx.ByteStream(b"not gzip at all")
    script = Script(
        httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=gzip_that_is_not)
    )
    async with script.client(max_retries=0) as cs:
        with pytest.raises(APIConnectionError, match="no readable answer") as caught:
            await cs.lists.get(7)
    assert caught.value.outcome_unknown is False, "a GET may be asked again"


async def test_page_counters_of_the_wrong_type_are_a_validation_error() -> None:
    page = {**page_of([contact(1)], 1, 15, 40), "last_page": "3"}
    script = Script(answer(200, page))
    async with script.client() as cs:
        with pytest.raises(APIResponseValidationError, match="last_page is str, not int"):
            [c async for c in cs.contacts.iter(7)]


async def test_connect_and_pool_timeouts_are_timeouts_and_are_retried() -> None:
    script = Script(
        httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy"), answer(200, contact(1))
    )
    async with script.client() as cs:
        assert (await cs.contacts.create(7, email="a@b.c")).contact_id == 1
    assert len(script.requests) == 3
    script = Script(httpx.ConnectTimeout("slow"))
    async with script.client(max_retries=0) as cs:
        with pytest.raises(APITimeoutError, match="nothing was sent") as caught:
            await cs.contacts.create(7, email="a@b.c")
    assert caught.value.outcome_unknown is False


async def test_a_shared_pool_lends_its_connections_but_not_its_defaults() -> None:
    script = Script(answer(200, [{"code": "AU", "value": "Australia"}]))
    shared = httpx.AsyncClient(
        transport=httpx.MockTransport(script),
        headers={"Authorization": "Bearer other-service-token", "X-Tenant": "t"},
        params={"tenant": "t"},
        cookies={"session": "s"},
    )
    async with ClickSend(http_client=shared) as cs:
        await cs.countries.list()
    await shared.aclose()
    (request,) = script.requests
    assert "authorization" not in request.headers
    assert "x-tenant" not in request.headers
    assert "cookie" not in request.headers
    assert str(request.url) == "https://rest.clicksend.com/v3/countries"
    assert request.headers["user-agent"].startswith("clicksend-async/")


async def test_a_one_time_code_in_the_path_is_not_in_messages_or_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="clicksend_async")
    script = Script(httpx.Response(400, json=envelope([], 400, "BAD_REQUEST", "Wrong code.")))
    async with script.client() as cs:
        with pytest.raises(BadRequestError) as caught:
            await cs.account.verify("SECRET123")
    assert str(script.requests[0].url).endswith("/account-verify/verify/SECRET123")
    assert "SECRET123" not in str(caught.value)
    assert "SECRET123" not in caplog.text
    assert "/account-verify/verify/{activation_token}" in str(caught.value)


async def test_a_redirect_is_not_followed() -> None:
    script = Script(
        httpx.Response(302, headers={"Location": "https://evil.example/steal"}), answer(200, LIST)
    )
    async with script.client() as cs:
        with pytest.raises(APIStatusError, match="not followed") as caught:
            await cs.lists.get(7)
    assert caught.value.status_code == 302
    assert len(script.requests) == 1


# ----------------------------------------------------------------------- arguments, config


async def test_bad_arguments_fail_before_any_request_with_what_to_fix() -> None:
    script = Script(answer(200, LIST))
    async with script.client() as cs:
        with pytest.raises(ValueError, match="at least one of phone_number, email, fax_number"):
            await cs.contacts.create(7, first_name="Nobody")
        with pytest.raises(ValueError, match="at least one of email, phone_number"):
            await cs.account.forgot_username(country="US")
        with pytest.raises(TypeError, match="contact_id must be int, got str"):
            await cs.contacts.get(7, "3")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="list_id must be int, got bool"):
            await cs.contacts.get(True, 3)
        with pytest.raises(TypeError, match="list_name is required"):
            await cs.lists.create(list_name=None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="limit must be between 15 and 100, got 5"):
            await cs.lists.list(limit=5)
        with pytest.raises(ValueError, match="page must be at least 1"):
            await cs.lists.list(page=0)
        with pytest.raises(ValueError, match="year"):
            await cs.account.usage_by_subaccount("19", "4")
        with pytest.raises(TypeError, match=r"field_order\[1\] must be str"):
            await cs.lists.import_contacts(
                7, file_url="https://x/y.csv", field_order=["phone_number", 3]
            )  # type: ignore[list-item]
    assert script.requests == []


async def test_a_call_that_needs_login_without_credentials_fails_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)
    script = Script(answer(200, [{"code": "AU", "value": "Australia"}]))
    async with ClickSend(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script))
    ) as cs:
        with pytest.raises(ClickSendError) as caught:
            await cs.lists.get(7)
        await cs.countries.list()  # needs no login
    assert "ClickSend(username=..., api_key=...)" in str(caught.value)
    assert "CLICKSEND_USERNAME and CLICKSEND_API_KEY" in str(caught.value)
    assert [r.url.path for r in script.requests] == ["/v3/countries"]


async def test_credentials_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLICKSEND_USERNAME", "env-user")
    monkeypatch.setenv("CLICKSEND_API_KEY", "env-key")
    monkeypatch.setenv("CLICKSEND_BASE_URL", "http://127.0.0.1:9/v3/")
    script = Script(answer(200, LIST))
    async with ClickSend(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script))
    ) as cs:
        await cs.lists.get(7)
    assert cs.username == "env-user"
    assert cs.base_url == "http://127.0.0.1:9/v3"
    assert str(script.requests[0].url) == "http://127.0.0.1:9/v3/lists/7"
    assert (
        script.requests[0].headers["authorization"]
        == "Basic " + base64.b64encode(b"env-user:env-key").decode()
    )


def test_configuration_mistakes_are_refused_with_what_to_do() -> None:
    with pytest.raises(ValueError, match="api_key"):
        ClickSend(username="u", api_key=None)
    with pytest.raises(ValueError, match="use https"):
        ClickSend("u", "k", base_url="http://rest.clicksend.com/v3")
    with pytest.raises(ValueError, match="http"):
        ClickSend("u", "k", base_url="ftp://example.com")
    with pytest.raises(ValueError, match="max_retries"):
        ClickSend("u", "k", max_retries=-1)
    with pytest.raises(ValueError, match="requests_per_second"):
        ClickSend("u", "k", requests_per_second=0)
    for loopback in ("http://127.0.0.1:8765/v3", "http://localhost/v3", "http://[::1]:8080/v3"):
        assert ClickSend("u", "k", base_url=loopback).base_url == loopback


async def test_the_client_closes_its_own_pool_but_not_a_shared_one() -> None:
    shared = httpx.AsyncClient()
    async with ClickSend("u", "k", http_client=shared) as cs:
        assert cs.username == "u"
    assert not shared.is_closed
    await shared.aclose()
    own = ClickSend("u", "k")
    await own.aclose()
    assert own._http.is_closed


async def test_200_concurrent_calls_share_one_client() -> None:
    slow = Slow(lambda request: answer(200, contact(int(request.url.path.rsplit("/", 1)[1]))))
    results: dict[int, int] = {}
    async with slow.client() as cs:

        async def get(i: int) -> None:
            results[i] = (await cs.contacts.get(7, i)).contact_id

        async with anyio.create_task_group() as group:
            for i in range(200):
                group.start_soon(get, i)
    assert results == {i: i for i in range(200)}
    assert slow.peak > 1


# ----------------------------------------------------------------------------------- secrets


async def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    encoded = base64.b64encode(f"{USERNAME}:{API_KEY}".encode()).decode()
    script = Script(
        answer(429, [], headers={"Retry-After": "0"}),
        answer(200, LIST),
        httpx.Response(401, json=envelope([], 401, "INVALID_CREDENTIALS", "Bad key.")),
        httpx.RemoteProtocolError("dropped"),
    )
    caplog.set_level(logging.DEBUG, logger="clicksend_async")
    texts: list[str] = []
    async with script.client() as cs:
        texts += [repr(cs), str(cs), repr(cs.contacts)]
        await cs.lists.get(7)
        for call in (cs.lists.get(7), cs.contacts.create(7, email="a@b.c")):
            with pytest.raises(ClickSendError) as caught:
                await call
            texts += [str(caught.value), repr(caught.value)]
    texts.append(caplog.text)
    assert "GET /lists/{list_id} -> 200 (attempt 2" in caplog.text, "requests are logged at DEBUG"
    assert "retrying in" in caplog.text
    for text in texts:
        assert API_KEY not in text
        assert encoded not in text
        assert "Basic " not in text


async def test_a_password_argument_is_not_echoed_in_a_type_error() -> None:
    script = Script(answer(200, []))
    async with script.client() as cs:
        with pytest.raises(TypeError) as caught:
            await cs.account.verify_forgot_password(
                subaccount_id=1,
                activation_token="1234",
                password=b"hunter2-secret",  # type: ignore[arg-type]
            )
    assert "hunter2" not in str(caught.value)
    assert "password must be str, got bytes" in str(caught.value)
