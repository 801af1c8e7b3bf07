"""The embedded ClickSend in a process of its own, as a benchmark's server.

A server in the benchmark's own process would take the same interpreter lock as the client
it serves, and the client would be measured waiting for the server's CPU. In its own process
(`python -m clicksend_async.testing`) it has the other core, as a real server would.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Server:
    """What the server printed at start."""

    base_url: str
    username: str
    api_key: str
    list_id: int | None


@contextmanager
def server_process(*options: str) -> Iterator[Server]:
    """Run `python -m clicksend_async.testing --port 0 OPTIONS...` until the block ends."""
    command = [sys.executable, "-m", "clicksend_async.testing", "--port", "0", *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 (our own module)
    assert process.stdout is not None
    printed: dict[str, str] = {}
    list_id = None
    try:
        for line in process.stdout:
            if match := re.match(r"\s+(CLICKSEND_\w+)=(\S+)", line):
                printed[match[1]] = match[2]
            if match := re.search(r"list #(\d+) holds", line):
                list_id = int(match[1])
            if line.startswith("Press Ctrl-C"):
                break
        else:
            raise RuntimeError(f"the embedded ClickSend did not start: {' '.join(command)}")
        yield Server(
            printed["CLICKSEND_BASE_URL"],
            printed["CLICKSEND_USERNAME"],
            printed["CLICKSEND_API_KEY"],
            list_id,
        )
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
