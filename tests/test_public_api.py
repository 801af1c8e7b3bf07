"""The curated surface: `__all__` lists exactly the public names, and nothing private leaks."""

import types

import pytest

import clicksend_async
import clicksend_async.models
import clicksend_async.testing
import clicksend_async.webhooks


@pytest.mark.parametrize(
    "module",
    [clicksend_async, clicksend_async.models, clicksend_async.testing, clicksend_async.webhooks],
)
def test_all_is_sorted_and_lists_every_public_name_and_only_those(module: types.ModuleType) -> None:
    exported = list(module.__all__)
    assert exported == sorted(
        exported, key=lambda name: (not name.isupper(), name)
    ) or exported == sorted(exported)
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name not in {"annotations"}
    }
    assert set(exported) - {"__version__"} == public, set(exported) ^ public
    for name in exported:
        assert getattr(module, name) is not None


def test_the_top_level_names_the_design_promises() -> None:
    for name in (
        "ClickSend",
        "Search",
        "OrderBy",
        "ClickSendError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "MethodNotAllowedError",
        "RateLimitError",
        "InternalServerError",
        "ResponseCode",
    ):
        assert name in clicksend_async.__all__


def test_the_webhook_names_the_issue_promises() -> None:
    import clicksend_async.webhooks.aiohttp
    import clicksend_async.webhooks.starlette

    for name in (
        "parse",
        "SmsReceipt",
        "InboundSms",
        "MmsReceipt",
        "VoiceReceipt",
        "FaxReceipt",
        "EmailReceipt",
        "InboundFax",
        "WebhookParseError",
    ):
        assert name in clicksend_async.webhooks.__all__
    assert issubclass(clicksend_async.webhooks.WebhookParseError, ValueError)
    assert {"WebhookEndpoint", "webhook_dependency"} <= set(
        clicksend_async.webhooks.starlette.__all__
    )
    assert "webhook_handler" in clicksend_async.webhooks.aiohttp.__all__
