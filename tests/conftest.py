"""Shared fixtures: every async test runs on asyncio and on trio (anyio's pytest plugin)."""

from collections.abc import Iterator

import pytest

from clicksend_async.testing import EmbeddedClickSend
from clicksend_async.testing._redis import RedisServer

from .scripted import API_KEY, USERNAME


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def embedded() -> EmbeddedClickSend:
    """A fresh embedded ClickSend whose one account has the scripted (secret) credentials."""
    return EmbeddedClickSend({USERNAME: API_KEY})


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server on a free 127.0.0.1 port (`.url`, `.stop()`, `.start()`)."""
    server = RedisServer()
    server.start()
    yield server
    server.close()
