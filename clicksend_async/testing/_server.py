"""The loopback adapter: an ASGI app over `EmbeddedClickSend.handle`, and uvicorn in a thread.

The app is bare ASGI (no framework): it reads the request, waits the configured latency, hands
the request to the dispatcher and writes the answer. Injected faults are acted out on the wire:
a dropped connection announces a body it never sends, so the client sees the connection close
mid-answer; a truncated answer sends half its body; a hang answers nothing until the client
gives up (or the server stops).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import anyio
import anyio.to_thread

from ._faults import Dropped, NoAnswer, Truncated

if TYPE_CHECKING:
    import uvicorn

    from ._embedded import EmbeddedClickSend

__all__ = ["EmbeddedASGIApp", "ServerThread"]

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Any
Send = Any

#: Seconds a server thread is given to start or to stop.
START_TIMEOUT = 10.0
_POLL = 0.05
_DROPPED = "ASGI callable returned without completing response."


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from logging an error for each connection dropped on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _DROPPED


_quiet = _QuietDrops()


class EmbeddedASGIApp:
    """An ASGI application serving an `EmbeddedClickSend` (the API under `/v3`).

    Args:
        embedded: The ClickSend to serve.
        stopping: Set when the server stops, so that hung requests end.
    """

    def __init__(self, embedded: EmbeddedClickSend, stopping: threading.Event | None = None):
        self._embedded = embedded
        self._stopping = stopping or threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection scope."""
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        latency = self._embedded.latency
        if latency:
            await anyio.sleep(latency)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        raw_path = scope.get("raw_path") or quote(scope["path"]).encode()
        host = headers.get("host") or "{}:{}".format(*scope.get("server") or ("127.0.0.1", 80))
        try:
            status, answer_headers, body = self._embedded.handle(
                scope["method"],
                raw_path.decode("latin-1"),
                scope["query_string"].decode("latin-1"),
                headers,
                b"".join(chunks),
                origin=f"{scope.get('scheme', 'http')}://{host}",
            )
        except Dropped:
            # Announce a body, send none, return: uvicorn closes the connection mid-answer.
            await _start(send, 200, {"content-type": "application/json"}, 2)
            return
        except Truncated as cut:
            await _start(send, cut.status, cut.headers, len(cut.body))
            await send(
                {
                    "type": "http.response.body",
                    "body": cut.body[: len(cut.body) // 2],
                    "more_body": True,
                }
            )
            return
        except NoAnswer:
            await self._hang(receive)
            return
        await _start(send, status, answer_headers, len(body))
        await send({"type": "http.response.body", "body": body})

    async def _hang(self, receive: Receive) -> None:
        """Answer nothing until the client disconnects or the server stops."""
        while not self._stopping.is_set():
            with anyio.move_on_after(_POLL):
                if (await receive())["type"] == "http.disconnect":
                    return


async def _start(send: Send, status: int, headers: dict[str, str], length: int) -> None:
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    raw.append((b"content-length", str(length).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})


def _run(server: uvicorn.Server) -> None:
    # uvicorn exits when it cannot bind: `start()` reports that the server did not start.
    with contextlib.suppress(SystemExit):
        server.run()


class ServerThread:
    """The embedded ClickSend on a real socket, served by uvicorn in a daemon thread.

    A context manager for sync code (`with`) and for async code on asyncio or trio
    (`async with`, which starts and stops the server from a worker thread). Either way it gives
    the base URL, e.g. "http://127.0.0.1:51234/v3", and stops the server on exit.

    Args:
        embedded: The ClickSend to serve.
        host: The address to bind (loopback by default).
        port: The port; 0 picks a free one.
        log_level: uvicorn's log level ("warning" keeps it quiet).
        access_log: Whether uvicorn logs each request (never with its headers).
    """

    def __init__(
        self,
        embedded: EmbeddedClickSend,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        access_log: bool = False,
    ) -> None:
        self._embedded = embedded
        self._host = host
        self._port = port
        self._log_level = log_level
        self._access_log = access_log
        self._stopping = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url: str | None = None

    def start(self) -> str:
        """Start serving; returns the base URL once the socket accepts connections.

        Raises:
            RuntimeError: uvicorn is missing (install the `testing` extra), or the server did
                not start (the port is taken, say).
        """
        try:
            import uvicorn
        except ImportError:
            raise RuntimeError(
                "the embedded ClickSend's HTTP server needs uvicorn: "
                "pip install 'clicksend-async[testing]'"
            ) from None
        logging.getLogger("uvicorn.error").addFilter(_quiet)
        config = uvicorn.Config(
            EmbeddedASGIApp(self._embedded, self._stopping),
            host=self._host,
            port=self._port,
            log_level=self._log_level,
            access_log=self._access_log,
            lifespan="off",
            loop="asyncio",
            http="h11",
            ws="none",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=_run, args=(server,), name="embedded-clicksend", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                thread.join(START_TIMEOUT)
                raise RuntimeError(
                    f"the embedded ClickSend could not start on {self._host}:{self._port}"
                )
            time.sleep(0.005)
        port = server.servers[0].sockets[0].getsockname()[1]
        self._server, self._thread = server, thread
        self.base_url = f"http://{self._host}:{port}/v3"
        return self.base_url

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._stopping.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(START_TIMEOUT)
        self._server = self._thread = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> str:
        return await anyio.to_thread.run_sync(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await anyio.to_thread.run_sync(self.stop)

    def __repr__(self) -> str:
        return f"<ServerThread {self.base_url or 'not started'}>"
