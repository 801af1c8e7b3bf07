"""The in-process adapter: an httpx transport that calls `EmbeddedClickSend.handle` directly."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import anyio
import httpx

from ._faults import Dropped, NoAnswer, Truncated

if TYPE_CHECKING:
    from ._embedded import EmbeddedClickSend


class _CutShort(httpx.AsyncByteStream):
    """A body that stops half-way, the way a connection closed mid-answer reads."""

    def __init__(self, part: bytes, request: httpx.Request) -> None:
        self._part = part
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._part:
            yield self._part
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            "(embedded ClickSend: injected truncated answer)",
            request=self._request,
        )


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    return timeout.get("read") if isinstance(timeout, dict) else None


class EmbeddedTransport(httpx.AsyncBaseTransport):
    """Serves httpx requests from an `EmbeddedClickSend`, in the caller's task: no sockets.

    Latency is slept with anyio (asyncio and trio alike). Injected faults become what httpx
    raises on a real connection: `ConnectError` for a drop before the request was read,
    `RemoteProtocolError` for a drop after it was carried out or a body cut short, and
    `ReadTimeout` after the request's read timeout when no answer comes (with no timeout set,
    it waits until cancelled). A latency longer than the read timeout times out the same way,
    before the request is handled.

    Args:
        embedded: The ClickSend to serve from.
    """

    def __init__(self, embedded: EmbeddedClickSend) -> None:
        self._embedded = embedded

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve one request."""
        body = await request.aread()
        latency = self._embedded.latency
        if latency:
            timeout = _read_timeout(request)
            if timeout is not None and latency > timeout:
                await anyio.sleep(timeout)
                raise httpx.ReadTimeout("embedded ClickSend: latency > timeout", request=request)
            await anyio.sleep(latency)
        url = request.url
        try:
            status, headers, content = self._embedded.handle(
                request.method,
                url.raw_path.split(b"?", 1)[0].decode("ascii"),
                url.query.decode("ascii"),
                request.headers,
                body,
                origin=f"{url.scheme}://{url.netloc.decode('ascii')}",
            )
        except Dropped as drop:
            if not drop.applied:
                raise httpx.ConnectError(
                    "embedded ClickSend: injected drop_before (nothing was done)",
                    request=request,
                ) from None
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response. "
                "(embedded ClickSend: injected drop_after)",
                request=request,
            ) from None
        except NoAnswer:
            timeout = _read_timeout(request)
            if timeout is None:
                await anyio.sleep_forever()
            await anyio.sleep(timeout or 0)
            raise httpx.ReadTimeout(
                "embedded ClickSend: injected timeout/hang", request=request
            ) from None
        except Truncated as cut:
            return httpx.Response(
                cut.status,
                headers={**cut.headers, "content-length": str(len(cut.body))},
                stream=_CutShort(cut.body[: len(cut.body) // 2], request),
                request=request,
            )
        return httpx.Response(status, headers=headers, content=content, request=request)
