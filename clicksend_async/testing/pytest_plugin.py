"""pytest fixtures for testing code that uses ClickSend, against the embedded ClickSend.

Enable it in your own test suite (it is not registered automatically):

    # conftest.py
    pytest_plugins = ["clicksend_async.testing.pytest_plugin"]

or run `pytest -p clicksend_async.testing.pytest_plugin`. Then:

    async def test_signup_flow(clicksend_client, clicksend_embedded):
        clicksend_embedded.add_list("Customers", contacts=20)
        lists = await clicksend_client.lists.list()
        assert lists.total == 1

Each test gets a fresh, empty ClickSend. The fixtures are plain (not async), so they work with
anyio's pytest plugin and with pytest-asyncio alike.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .._client import ClickSend
from ._embedded import EmbeddedClickSend

__all__ = ["clicksend_client", "clicksend_embedded", "clicksend_server"]


@pytest.fixture
def clicksend_embedded() -> Iterator[EmbeddedClickSend]:
    """A fresh `EmbeddedClickSend`: one account (`credentials`) plus the test accounts."""
    embedded = EmbeddedClickSend()
    yield embedded
    embedded.close()


@pytest.fixture
def clicksend_client(clicksend_embedded: EmbeddedClickSend) -> ClickSend:
    """A `ClickSend` client logged in to `clicksend_embedded`, in-process (no sockets)."""
    return clicksend_embedded.client()


@pytest.fixture
def clicksend_server(clicksend_embedded: EmbeddedClickSend) -> Iterator[str]:
    """`clicksend_embedded` served on 127.0.0.1 (a free port); yields its base URL (…/v3)."""
    with clicksend_embedded.serve_in_thread() as base_url:
        yield base_url
