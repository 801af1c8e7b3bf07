"""Shared fixtures: every async test runs on asyncio and on trio (anyio's pytest plugin)."""

import pytest

from clicksend_async.testing import EmbeddedClickSend

from .scripted import API_KEY, USERNAME


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def embedded() -> EmbeddedClickSend:
    """A fresh embedded ClickSend whose one account has the scripted (secret) credentials."""
    return EmbeddedClickSend({USERNAME: API_KEY})
