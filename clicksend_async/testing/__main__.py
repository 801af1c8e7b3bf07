"""`python -m clicksend_async.testing`: the embedded ClickSend as a server on loopback.

    python -m clicksend_async.testing --port 8765 --account me:my-key --seed-contacts 1000 \
        --webhook sms_receipts=http://127.0.0.1:8000/receipts \
        --webhook sms_inbound:json=http://127.0.0.1:8000/replies

Prints the base URL and the credentials to use, then serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._data import TEST_ACCOUNTS, TEST_API_KEY
from ._embedded import EmbeddedClickSend
from ._server import ServerThread


def _account(text: str) -> tuple[str, str]:
    username, colon, api_key = text.partition(":")
    if not colon or not username or not api_key:
        raise argparse.ArgumentTypeError(f"expected USER:KEY, got {text!r}")
    return username, api_key


def _webhook(text: str) -> tuple[str, str, str]:
    kind, equals, url = text.partition("=")
    kind, _, format_ = kind.partition(":")
    if not equals or not kind or not url:
        raise argparse.ArgumentTypeError(f"expected KIND[:FORMAT]=URL, got {text!r}")
    return kind, format_ or "post", url


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m clicksend_async.testing",
        description="Serve the embedded ClickSend REST API v3 on loopback, until Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default %(default)s)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    parser.add_argument(
        "--account",
        action="append",
        type=_account,
        metavar="USER:KEY",
        help="an account to serve (repeatable); default one account, printed at start",
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay of every request")
    parser.add_argument(
        "--rate-limit", type=int, default=None, help="requests per second per account"
    )
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="chance of a 5xx/drop/malformed answer"
    )
    parser.add_argument(
        "--seed-contacts",
        type=int,
        default=0,
        metavar="N",
        help="preload a list of N generated contacts for the first account",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of generated data and faults")
    parser.add_argument(
        "--webhook",
        action="append",
        type=_webhook,
        default=[],
        metavar="KIND[:FORMAT]=URL",
        help=(
            "call the first account's receipts or replies of KIND (sms_receipts, sms_inbound, "
            "...) to URL, as a form POST, or FORMAT json or get (repeatable)"
        ),
    )
    parser.add_argument(
        "--spelling",
        choices=("docs", "typed"),
        default="docs",
        help=(
            "answer values as the docs spell them (money and times as strings) or as typed "
            "JSON (money as numbers, times as integers, flags as 0/1); default %(default)s"
        ),
    )
    parser.add_argument("--access-log", action="store_true", help="log each request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        embedded = EmbeddedClickSend(
            dict(args.account) if args.account else None,
            rate_limit=args.rate_limit,
            latency=args.latency_ms / 1000,
            fault_rate=args.fault_rate,
            seed=args.seed,
            spelling=args.spelling,
        )
        for kind, format_, url in args.webhook:
            embedded.set_webhook(kind, url, format=format_)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    seeded = (
        embedded.add_list("Seeded contacts", contacts=args.seed_contacts)
        if args.seed_contacts
        else None
    )
    server = ServerThread(
        embedded,
        host=args.host,
        port=args.port,
        log_level="info" if args.access_log else "warning",
        access_log=args.access_log,
    )
    try:
        base_url = server.start()
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    username, api_key = embedded.credentials
    # The credentials are printed on purpose: they are the test server's, and the point.
    print(f"Embedded ClickSend serving at {base_url}")
    print(f"  CLICKSEND_BASE_URL={base_url}")
    print(f"  CLICKSEND_USERNAME={username}")
    print(f"  CLICKSEND_API_KEY={api_key}")
    others = [name for name in embedded.usernames if name not in (username, *TEST_ACCOUNTS)]
    if others:
        print(f"  other accounts: {', '.join(others)}")
    print(f"  test accounts: {', '.join(TEST_ACCOUNTS)} (API key {TEST_API_KEY})")
    if seeded is not None:
        print(f"  list #{seeded} holds {args.seed_contacts} generated contacts")
    for kind, format_, url in args.webhook:
        print(f"  {kind} are called to {url} ({format_})")
    print("Press Ctrl-C to stop.", flush=True)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        embedded.close()
    print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
