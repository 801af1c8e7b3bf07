"""`make demo`: the SDK against the embedded ClickSend, no credentials and no network needed.

    python examples/demo.py

It starts the embedded ClickSend on 127.0.0.1 (as `python -m clicksend_async.testing` would),
then runs what a user's program would, with the public API only: create a list, bulk-load a few
thousand contacts with a progress bar, page through them with a search and a sort, ride out the
rate limit (the server answers 429s; the SDK waits and retries), clean up; then the messaging
act: start a webhook app on 127.0.0.1, point automation rules at it, send a batch of SMS (one to
a bad number, refused on its own), watch the delivery receipts arrive at the app, answer the
reply a customer sends; and sum it all up.
"""

from __future__ import annotations

import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import anyio
import anyio.to_thread
import uvicorn

from clicksend_async import ClickSend, OrderBy, Search
from clicksend_async.models import SmsMessage
from clicksend_async.testing import EmbeddedClickSend
from clicksend_async.webhooks import InboundSms, SmsReceipt, WebhookEvent
from clicksend_async.webhooks.starlette import WebhookEndpoint

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


@contextmanager
def webhook_app(on_event: Callable[[WebhookEvent], object], secret: str) -> Iterator[str]:
    """Your app's webhook route (`WebhookEndpoint`) served on 127.0.0.1; yields its URL."""

    async def callback(event: WebhookEvent) -> None:
        on_event(event)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        WebhookEndpoint(callback, secret=secret),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,  # the access log would print the token of the URL
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/clicksend?token={secret}"
    finally:
        server.should_exit = True
        thread.join(5)


async def messaging(cs: ClickSend, server: EmbeddedClickSend) -> dict[str, object]:
    """Send SMS, receive their receipts and a reply at a webhook app, answer the reply.

    `server` is only touched to make a customer reply (`receive_sms`).
    """
    receipts: list[SmsReceipt] = []
    replies: list[InboundSms] = []
    arrived = threading.Condition()

    def on_event(event: WebhookEvent) -> None:  # runs in the web app's thread
        with arrived:
            if isinstance(event, SmsReceipt):
                receipts.append(event)
            elif isinstance(event, InboundSms):
                replies.append(event)
            arrived.notify_all()

    async def until(done: Callable[[], bool]) -> None:
        """Wait (at most 30 s) until the app has received what `done` asks for."""

        def wait() -> None:
            with arrived:
                if not arrived.wait_for(done, timeout=30):
                    raise TimeoutError("the webhook app did not receive it within 30 s")

        await anyio.to_thread.run_sync(wait)

    with webhook_app(on_event, secrets.token_urlsafe(16)) as url:
        await cs.automations.sms_receipts.create(
            rule_name="Receipts to the app",
            match_type=0,
            action="URL",
            action_address=url,
            enabled=True,
        )
        await cs.automations.sms_inbound.create(
            dedicated_number="*",
            rule_name="Replies to the app",
            message_search_type=0,  # any message (the term is not read, but must be given)
            message_search_term="*",
            action="URL",
            action_address=url,
            webhook_type="json",
            enabled=True,
        )
        print(f"\n6. Webhook app at {url.split('?', 1)[0]} (?token=...), rules point at it")

        numbers = ["+61412345601", "+61412345602", "+61412345603", "+61412345604", "+6140"]
        sent = await cs.sms.send(
            messages=[
                SmsMessage(to=number, body=f"Your order #{1040 + i} has shipped.")
                for i, number in enumerate(numbers)
            ]
        )
        queued = [m for m in sent.messages if m.status == "SUCCESS"]
        refused = [m for m in sent.messages if m.status != "SUCCESS"]
        print(
            f"7. Sent {len(sent.messages)} SMS for {sent.total_price}: {len(queued)} queued"
            + "".join(f", {m.to} refused on its own ({m.status})" for m in refused)
        )

        started = time.perf_counter()
        await until(lambda: len(receipts) >= len(queued))
        states = sorted({str(r.status_text) for r in receipts})
        print(
            f"8. {len(receipts)} delivery receipts reached the app in "
            f"{time.perf_counter() - started:.1f} s ({', '.join(states)})"
        )

        customer = str(queued[0].to)
        server.receive_sms(customer, "+61400000000", "Can you leave it at the door?")
        await until(lambda: bool(replies))
        reply = replies[0]
        answered = await cs.sms.send(
            messages=[SmsMessage(to=str(reply.from_), body="Will do: it goes at the door.")]
        )
        print(
            f"9. Reply from {reply.from_} at the app: {reply.body!r}; "
            f"answered: {answered.messages[0].status}"
        )
    return {
        "SMS queued": len(queued) + 1,
        "SMS refused": len(refused),
        "receipts received": len(receipts),
        "receipts missing": len(queued) - len(receipts),
        "replies answered": len(replies),
    }


async def main() -> int:
    server = EmbeddedClickSend(seed=4)
    username, api_key = server.credentials
    started = time.perf_counter()
    async with server.serve_in_thread() as base_url:
        print(f"Embedded ClickSend at {base_url} (user {username!r}), no network needed\n")
        async with ClickSend(username, api_key, base_url=base_url) as cs:
            summary = await run(cs, server)
            summary |= await messaging(cs, server)
    requests = sum(server.request_counts.values())
    print(f"\nSummary ({time.perf_counter() - started:.1f} s, {requests} requests):")
    for name, value in summary.items():
        print(f"  {name:<18} {value}")
    ok = (
        summary["contacts created"] == CONTACTS
        and summary["errors surfaced"] == 0
        and summary["receipts missing"] == 0
        and summary["replies answered"] == 1
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(anyio.run(main))
