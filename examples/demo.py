"""`make demo`: the SDK against the embedded ClickSend, no credentials and no network needed.

    python examples/demo.py

It starts the embedded ClickSend on 127.0.0.1 (as `python -m clicksend_async.testing` would),
then runs what a user's program would, with the public API only: create a list, bulk-load a few
thousand contacts with a progress bar, page through them with a search and a sort, ride out the
rate limit (the server answers 429s; the SDK waits and retries), clean up, and sum it all up.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import anyio

from clicksend_async import ClickSend, OrderBy, Search
from clicksend_async.testing import EmbeddedClickSend

CONTACTS = 3000
FIRST_NAMES = ("Ellen", "Jack", "Olivia", "Noah", "Amelia", "Liam", "Isla", "Oliver")
LAST_NAMES = ("Diaz", "Smith", "Nguyen", "Brown", "Wilson", "Taylor")
SERVER_RATE_LIMIT = 25  # requests per second, set on the server for step 4


def progress_bar(label: str, width: int = 30) -> Callable[[int, int], None]:
    """An `on_progress(done, total)` callback drawing a text bar (milestones when not a tty)."""
    live = sys.stdout.isatty()
    shown = -1

    def draw(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // total if total else 100
        if live:
            if percent != shown or done == total:
                filled = width * done // total if total else width
                bar = "#" * filled + "." * (width - filled)
                end = "\n" if done == total else ""
                print(f"\r  {label} [{bar}] {done}/{total}", end=end, flush=True)
        elif percent // 25 > shown // 25 or done == total:
            print(f"  {label}: {done}/{total} ({percent}%)", flush=True)
        shown = percent

    return draw


def contact_rows(count: int) -> list[dict[str, str]]:
    """Made-up customers: a unique phone number each, names cycled."""
    return [
        {
            "phone_number": f"+6141{i:07d}",
            "first_name": FIRST_NAMES[i % len(FIRST_NAMES)],
            "last_name": LAST_NAMES[i % len(LAST_NAMES)],
            "email": f"customer{i}@example.com",
        }
        for i in range(count)
    ]


async def run(cs: ClickSend, server: EmbeddedClickSend) -> dict[str, object]:
    """The user's program; `server` is only touched to turn its rate limit on and read it."""
    me = await cs.account.get()
    print(f"1. Logged in as {me.username!r}, balance {me.balance}")

    customers = await cs.lists.create(list_name="Demo customers")
    print(f"2. Created list #{customers.list_id} {customers.list_name!r}")

    started = time.perf_counter()
    loaded = await cs.contacts.bulk_create(
        customers.list_id,
        contact_rows(CONTACTS),
        concurrency=20,
        on_progress=progress_bar("loading contacts"),
    )
    load_seconds = time.perf_counter() - started
    print(
        f"   {len(loaded.succeeded)} created, {len(loaded.failed)} failed "
        f"in {load_seconds:.1f} s ({len(loaded) / load_seconds:.0f} contacts/s)"
    )

    first = await cs.contacts.list(customers.list_id, limit=100)
    print(f"3. The list holds {first.total} contacts: {first.last_page} pages of {first.per_page}")
    ellens = 0
    newest: list[str] = []
    async for contact in cs.contacts.iter(
        customers.list_id,
        search=Search(first_name="ellen"),
        order_by=OrderBy.desc("contact_id"),
    ):
        ellens += 1
        if len(newest) < 3:
            newest.append(f"#{contact.contact_id} {contact.first_name} {contact.last_name}")
    print(f"   search first_name:ellen, newest first: {ellens} found, e.g. {', '.join(newest)}")

    server.rate_limit = SERVER_RATE_LIMIT
    refused_before = server.rate_limited
    tagged = [
        {"contact_id": c.value.contact_id, "phone_number": c.value.phone_number, "custom_1": "vip"}
        for c in loaded.succeeded[:100]
        if c.value is not None and isinstance(c.value.phone_number, str)
    ]
    started = time.perf_counter()
    updated = await cs.contacts.bulk_update(customers.list_id, tagged, concurrency=20)
    refused = server.rate_limited - refused_before
    print(
        f"4. Server limited to {SERVER_RATE_LIMIT} requests/s; tagged {len(updated.succeeded)} "
        f"contacts in {time.perf_counter() - started:.1f} s: the server answered {refused} x 429, "
        f"the retry policy absorbed them ({len(updated.failed)} errors surfaced)"
    )
    server.rate_limit = None

    vips = await cs.contacts.list(customers.list_id, search=Search(custom_1="vip"))
    await cs.lists.delete(customers.list_id)
    remaining = await cs.lists.list()
    print(f"5. Deleted the list ({vips.total} VIPs with it); {remaining.total} lists left")
    return {
        "contacts created": len(loaded.succeeded),
        "contacts failed": len(loaded.failed) + len(updated.failed),
        "matching 'ellen'": ellens,
        "429s absorbed": refused,
        "errors surfaced": len(updated.failed),
    }


async def main() -> int:
    server = EmbeddedClickSend(seed=4)
    username, api_key = server.credentials
    started = time.perf_counter()
    async with server.serve_in_thread() as base_url:
        print(f"Embedded ClickSend at {base_url} (user {username!r}), no network needed\n")
        async with ClickSend(username, api_key, base_url=base_url) as cs:
            summary = await run(cs, server)
    requests = sum(server.request_counts.values())
    print(f"\nSummary ({time.perf_counter() - started:.1f} s, {requests} requests):")
    for name, value in summary.items():
        print(f"  {name:<18} {value}")
    ok = summary["contacts created"] == CONTACTS and summary["errors surfaced"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(anyio.run(main))
