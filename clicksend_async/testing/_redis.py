"""A real `redis-server` on 127.0.0.1, for the tests and benchmarks of the shared rate limit.

It runs without persistence in a scratch directory, on a free port that stays its own across a
`stop()` and `start()` (to test a Redis that goes away and comes back).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from types import TracebackType

__all__ = ["RedisServer"]

#: Seconds redis-server is given to answer PING after starting, or to end after stopping.
START_TIMEOUT = 10.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            # Any answer will do: one that wants a password (-NOAUTH) is a server up too.
            return connection.recv(16).startswith((b"+PONG", b"-NOAUTH"))
    except OSError:
        return False


class RedisServer:
    """`redis-server` on 127.0.0.1; `with RedisServer() as url:` gives "redis://127.0.0.1:N/0".

    Args:
        port: The port; 0 picks a free one (kept for restarts).
        password: A password to require (`requirepass`); none by default.

    Raises:
        RuntimeError: redis-server is not installed, or did not start.
    """

    def __init__(self, port: int = 0, *, password: str | None = None) -> None:
        self.port = port or _free_port()
        self._password = password
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    def start(self) -> str:
        """Start redis-server and wait until it answers; returns its URL."""
        executable = shutil.which("redis-server")
        if executable is None:
            raise RuntimeError(
                "redis-server is not installed: `apt-get install -y redis-server` (make's dev "
                "setup and .ci/run do it when run as root)"
            )
        self._dir = self._dir or tempfile.TemporaryDirectory(prefix="clicksend-redis-")
        self._process = subprocess.Popen(  # noqa: S603 (a fixed program and arguments)
            [
                executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self._dir.name,
                "--loglevel",
                "warning",
                *(["--requirepass", self._password] if self._password else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers_ping(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on 127.0.0.1:{self.port}")
            time.sleep(0.01)
        return self.url

    def stop(self) -> None:
        """Stop redis-server (its data goes with it) and wait for it to end."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        """Stop, and remove the scratch directory."""
        self.stop()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<RedisServer {self.url} {'running' if self._process else 'stopped'}>"
