"""Auth and the documented test accounts of the embedded ClickSend, through the SDK."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import pytest

from clicksend_async import (
    AuthenticationError,
    ClickSend,
    NotFoundError,
    PermissionDeniedError,
)
from clicksend_async.testing import (
    DEFAULT_API_KEY,
    DEFAULT_USERNAME,
    IN_PROCESS_BASE_URL,
    TEST_API_KEY,
    EmbeddedClickSend,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def embedded() -> EmbeddedClickSend:
    return EmbeddedClickSend()


def _client(embedded: EmbeddedClickSend, username: str | None, key: str | None) -> ClickSend:
    return embedded.client(username=username, api_key=key, max_retries=0)


@pytest.fixture
async def raw(embedded: EmbeddedClickSend) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=embedded.transport(), base_url=IN_PROCESS_BASE_URL
    ) as client:
        yield client


async def test_missing_credentials_answer_401_missing_credentials(raw: httpx.AsyncClient) -> None:
    response = await raw.get("/account")
    assert response.status_code == 401
    assert response.json()["response_code"] == "MISSING_CREDENTIALS"


@pytest.mark.parametrize(
    "header",
    ["Bearer abc", "Basic !!!not-base64", "Basic " + "bm9jb2xvbg=="],  # "nocolon"
)
async def test_malformed_authorization_answers_401_invalid_credentials(
    raw: httpx.AsyncClient, header: str
) -> None:
    response = await raw.get("/lists", headers={"Authorization": header})
    assert (response.status_code, response.json()["response_code"]) == (
        401,
        "INVALID_CREDENTIALS",
    )


@pytest.mark.parametrize(
    ("username", "key"),
    [(DEFAULT_USERNAME, "wrong-key"), ("nobody", DEFAULT_API_KEY), ("nocredit", "wrong")],
)
async def test_wrong_credentials_answer_401_invalid_credentials(
    embedded: EmbeddedClickSend, username: str, key: str
) -> None:
    async with _client(embedded, username, key) as cs:
        with pytest.raises(AuthenticationError) as caught:
            await cs.lists.list()
    assert caught.value.status_code == 401
    assert caught.value.response_code == "INVALID_CREDENTIALS"
    assert key not in str(caught.value)


async def test_nocredit_has_no_credit_and_can_still_work_and_buy(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded, "nocredit", TEST_API_KEY) as cs:
        me = await cs.account.get()
        assert (me.username, me.balance, me.active) == ("nocredit", Decimal("0.000000"), True)
        created = await cs.lists.create(list_name="Still works")
        assert created.list_name == "Still works"
        await cs.recharge.update_credit_card(
            number="4242 4242 4242 4242",
            expiry_month=12,
            expiry_year=2030,
            cvc=123,
            name="No Credit",
            bank_name="Test Bank",
        )
        bought = await cs.recharge.purchase(1)
        assert bought.amount == Decimal("20.00")
        assert (await cs.account.get()).balance == Decimal("20.000000")


async def test_notactive_is_refused_until_verified(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded, "notactive", TEST_API_KEY) as cs:
        for call in (cs.account.get(), cs.lists.list(), cs.email_to_sms.list_allowed_addresses()):
            with pytest.raises(PermissionDeniedError) as caught:
                await call
            assert caught.value.response_code == "ACCOUNT_NOT_ACTIVATED"
            assert caught.value.status_code == 403
        assert len(await cs.countries.list()) > 200  # needs no login
        sent = await cs.account.send_verification(
            country="AU", user_phone="+61411111111", type_="sms"
        )
        assert sent.user_phone == "+61411111111"
        (notice,) = embedded.outbox
        assert (notice.kind, notice.username, notice.to) == (
            "account_verification",
            "notactive",
            "+61411111111",
        )
        assert notice.code is not None
        verified = await cs.account.verify(notice.code)
        assert verified.active == 1
        assert (await cs.lists.list()).total == 0


async def test_a_wrong_or_used_activation_code_is_refused(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded, "notactive", TEST_API_KEY) as cs:
        await cs.account.send_verification(country="AU", user_phone="0411111111", type_="voice")
        code = embedded.outbox[-1].code
        assert code is not None
        with pytest.raises(Exception, match="BAD_REQUEST"):
            await cs.account.verify("000000" if code != "000000" else "111111")
        await cs.account.verify(code)
        with pytest.raises(Exception, match="BAD_REQUEST"):
            await cs.account.verify(code)


async def test_banned_is_refused_everything(embedded: EmbeddedClickSend) -> None:
    async with _client(embedded, "banned", TEST_API_KEY) as cs:
        for call in (cs.account.get(), cs.lists.list(), cs.recharge.list_packages()):
            with pytest.raises(PermissionDeniedError) as caught:
                await call
            assert caught.value.response_code == "FORBIDDEN"
            assert caught.value.response_msg == "Your account has been banned."


async def test_calls_that_need_no_login_work_without_credentials(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded, None, None) as cs:
        countries = await cs.countries.list()
        assert {"AU", "US", "FI"} <= {c.code for c in countries}
        account = await cs.account.create(
            username="newbie",
            password="pa55word",
            user_phone="+61422222222",
            user_email="newbie@example.com",
            user_first_name="New",
            user_last_name="Bie",
            account_name="Newbie Ltd",
            country="au",
        )
        assert (account.username, account.active, account.country) == ("newbie", 0, "AU")
        await cs.account.forgot_username(email="NEWBIE@example.com")
        await cs.account.forgot_password(username="newbie")
        reset = embedded.outbox[-1]
        assert reset.kind == "forgot_password"
        assert reset.code is not None
        assert reset.subaccount_id is not None
        await cs.account.verify_forgot_password(
            subaccount_id=reset.subaccount_id, activation_token=reset.code, password="n3w-pass"
        )
    assert [n.kind for n in embedded.outbox] == ["forgot_username", "forgot_password"]
    # The new password logs in (Basic auth takes the API key or the password); not active yet.
    async with _client(embedded, "newbie", "n3w-pass") as cs:
        with pytest.raises(PermissionDeniedError, match="ACCOUNT_NOT_ACTIVATED"):
            await cs.lists.list()


async def test_signup_with_a_taken_username_answers_already_exists(
    embedded: EmbeddedClickSend,
) -> None:
    async with _client(embedded, None, None) as cs:
        with pytest.raises(Exception, match="ALREADY_EXISTS") as caught:
            await cs.account.create(
                username="Banned",
                password="x",
                user_phone="+61422222222",
                user_email="b@example.com",
                user_first_name="B",
                user_last_name="B",
                account_name="B",
                country="AU",
            )
        assert getattr(caught.value, "status_code", None) == 400
        with pytest.raises(NotFoundError):
            await cs.account.forgot_username(phone_number="+10000000000")
        with pytest.raises(NotFoundError):
            await cs.account.forgot_password(username="nobody-at-all")


async def test_each_account_sees_only_its_own_data() -> None:
    embedded = EmbeddedClickSend({"alice": "a-key", "bob": "b-key"})
    alices = embedded.add_list("Alice's", contacts=2, account="alice")
    async with _client(embedded, "bob", "b-key") as cs:
        assert (await cs.lists.list()).total == 0
        with pytest.raises(NotFoundError):
            await cs.lists.get(alices)
        with pytest.raises(NotFoundError):
            await cs.contacts.list(alices)
