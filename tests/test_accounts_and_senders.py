"""Part 2 of the surface: secrets of subaccounts, answers without the envelope, rule checks."""

from __future__ import annotations

import json
import logging
import threading
from decimal import Decimal

import httpx
import pytest

from clicksend_async import APIResponseValidationError, BadRequestError, ClickSend

from .scripted import Script, answer

pytestmark = pytest.mark.anyio

PASSWORD = "Pa55-word-never-shown"
NEW_KEY = "9F1E3C2A-0000-4B7D-8E6F-NEWAPIKEY01"


async def test_subaccount_secrets_never_reach_a_log_a_repr_or_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    created = {
        "subaccount_id": 7,
        "api_username": "shop-bot",
        "email": "bot@example.com",
        "api_key": NEW_KEY,
        "access_sms": 1,
    }
    refused = httpx.Response(
        400,
        json={
            "http_code": 400,
            "response_code": "BAD_REQUEST",
            "response_msg": "The password is too weak.",
            "data": {"password": PASSWORD, "api_key": NEW_KEY},
        },
    )
    script = Script(answer(200, created), answer(200, {"api_key": NEW_KEY}), refused)
    caplog.set_level(logging.DEBUG, logger="clicksend_async")
    async with script.client() as cs:
        made = await cs.subaccounts.create(
            api_username="shop-bot",
            password=PASSWORD,
            email="bot@example.com",
            phone_number="+61411111111",
            first_name="Shop",
            last_name="Bot",
            access_users=True,
        )
        regenerated = await cs.subaccounts.regenerate_api_key(7)
        with pytest.raises(BadRequestError) as caught:
            await cs.subaccounts.create(
                api_username="shop-bot",
                password=PASSWORD,
                email="bot@example.com",
                phone_number="+61411111111",
                first_name="Shop",
                last_name="Bot",
            )
    # The SDK did send the password and read the key: they are there, just never shown.
    assert json.loads(script.requests[0].content)["password"] == PASSWORD
    assert made.api_key == NEW_KEY
    assert regenerated.api_key == NEW_KEY
    assert made.access_sms is True
    shown = " ".join(
        [
            repr(made),
            repr(regenerated),
            str(caught.value),
            repr(caught.value),
            caplog.text,
            repr(script.requests[0]),
        ]
    )
    assert PASSWORD not in shown
    assert NEW_KEY not in shown


async def test_an_answer_without_the_envelope_is_read_whole_and_checked() -> None:
    tag = {"id": "db630385", "alpha_tag": "Abc123", "status": "PENDING", "countries": ["AU"]}
    script = Script(httpx.Response(200, json=tag), httpx.Response(200, json={"id": "x"}))
    async with script.client() as cs:
        got = await cs.senders.alpha_tags.get("db630385")
        assert (got.id, got.alpha_tag, got.status, got.countries) == (
            "db630385",
            "Abc123",
            "PENDING",
            ["AU"],
        )
        with pytest.raises(
            APIResponseValidationError, match="lacks the required field 'alpha_tag'"
        ):
            await cs.senders.alpha_tags.get("x")


async def test_automation_rules_are_checked_before_sending() -> None:
    script = Script(answer(200, {}))
    async with script.client() as cs:
        with pytest.raises(ValueError, match="webhook_type"):
            await cs.automations.sms_inbound.create(
                dedicated_number="+61411111111",
                rule_name="Replies",
                message_search_type=0,
                message_search_term="",
                action="URL",
                action_address="https://app.example/hooks/clicksend?token=t",
                enabled=True,
                webhook_type="xml",  # type: ignore[arg-type]
            )
        with pytest.raises(ValueError, match="action"):
            await cs.automations.sms_receipts.create(
                rule_name="Receipts",
                match_type=0,
                action="WEBHOOK",  # type: ignore[arg-type]
                action_address="https://app.example/hooks",
                enabled=True,
            )
    assert script.requests == []


async def test_a_rule_target_must_fit_its_action() -> None:
    script = Script(answer(400))  # what ClickSend answers does not matter here
    async with script.client() as cs:
        for action, address in [("URL", ""), ("URL", "john@doe.com"), ("EMAIL_FIXED", "nobody")]:
            with pytest.raises(ValueError, match=f"with action {action}, action_address must"):
                await cs.automations.sms_receipts.create(
                    rule_name="r",
                    match_type=0,
                    action=action,  # type: ignore[arg-type]
                    action_address=address,
                    enabled=True,
                )
        with pytest.raises(BadRequestError):
            await cs.automations.sms_receipts.create(
                rule_name="r", match_type=0, action="POLL", action_address="", enabled=True
            )
    assert len(script.requests) == 1  # only the POLL rule, which needs no target


async def test_money_goes_out_as_a_plain_decimal_and_in_bounds() -> None:
    script = Script(answer(400))  # what ClickSend answers does not matter here
    async with script.client() as cs:
        with pytest.raises(BadRequestError):
            await cs.reseller.transfer_credit(
                client_user_id=5, balance=Decimal("1E+3"), currency="USD"
            )
        with pytest.raises(ValueError, match="balance must match"):
            await cs.reseller.transfer_credit(client_user_id=5, balance="1e3", currency="USD")
        with pytest.raises(ValueError, match=r"balance must be at least 0\.01, got -5"):
            await cs.reseller.transfer_credit(client_user_id=5, balance=-5, currency="USD")
    assert [json.loads(r.content)["balance"] for r in script.requests] == ["1000"]


def test_a_limiter_whose_acquire_is_not_async_is_refused_when_the_client_is_made() -> None:
    with pytest.raises(TypeError, match="async acquire"):
        ClickSend("u", "k", rate_limiter=threading.Semaphore(5))  # type: ignore[arg-type]
