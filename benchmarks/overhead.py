"""Per-call CPU overhead of the SDK over a bare httpx client, on the same in-process transport.

Two transports, both without sockets: a canned one (the same answer bytes every time: the
strictest view, since nothing else costs anything) and the embedded ClickSend (a realistic one:
routing, auth and a store behind each call). The bare side is what a careful hand-written call
does: `client.get(url, auth=...)`, `json.loads`, take `data`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx

from clicksend_async import ClickSend
from clicksend_async.testing import EmbeddedClickSend

from ._report import Report, median_ratio, profile_summary

GOAL = 1.3
CONTACT = {
    "contact_id": 5,
    "list_id": 7,
    "phone_number": "+61411111111",
    "first_name": "Ellen",
    "last_name": "Diaz",
    **{f"custom_{i}": "" for i in range(1, 5)},
    "date_added": "1436160803",
    "date_updated": "1436160803",
    **dict.fromkeys(("fax_number", "organization_name", "email", "address_line_1")),
    **dict.fromkeys(("address_line_2", "address_city", "address_state")),
    **dict.fromkeys(("address_postal_code", "address_country")),
    "_list_name": "Customers",
}
ANSWER = json.dumps(
    {
        "http_code": 200,
        "response_code": "SUCCESS",
        "response_msg": "Here are your data.",
        "data": CONTACT,
    }
).encode()
BASE = "http://127.0.0.1/v3"


class Canned(httpx.AsyncBaseTransport):
    """Answers every request with the same contact."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=ANSWER, headers={"content-type": "application/json"})


async def _cpu_per_call(call: Callable[[], Awaitable[object]], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        await call()
    return (time.process_time() - started) / calls


async def _measure(
    transport: httpx.AsyncBaseTransport,
    url: str,
    username: str,
    api_key: str,
    calls: int,
    rounds: int,
) -> tuple[float, float, float]:
    auth = httpx.BasicAuth(username, api_key)
    async with (
        httpx.AsyncClient(transport=transport) as bare,
        httpx.AsyncClient(transport=transport) as shared,
    ):
        cs = ClickSend(username, api_key, base_url=BASE, http_client=shared)
        list_id, contact_id = (int(part) for part in url.rsplit("/", 3)[1::2])

        async def by_hand() -> object:
            response = await bare.get(url, auth=auth)
            return json.loads(response.content)["data"]

        async def by_sdk() -> object:
            return await cs.contacts.get(list_id, contact_id)

        await _cpu_per_call(by_hand, calls // 10)  # warm both paths up
        await _cpu_per_call(by_sdk, calls // 10)
        pairs = []
        for _ in range(rounds):
            hand = await _cpu_per_call(by_hand, calls)
            sdk = await _cpu_per_call(by_sdk, calls)
            pairs.append((sdk, hand))
    return median_ratio(pairs), min(p[1] for p in pairs), min(p[0] for p in pairs)


def run(report: Report, *, quick: bool, profile: bool) -> None:
    """Measure both transports; add the ratios (and, with --profile, where the time goes)."""
    calls, rounds = (500, 3) if quick else (3000, 7)
    embedded = EmbeddedClickSend()
    list_id = embedded.add_list("Overhead", contacts=20)
    contact_id = embedded.contacts(list_id)[0]["contact_id"]
    transports: list[tuple[str, httpx.AsyncBaseTransport, str, tuple[str, str]]] = [
        ("canned", Canned(), f"{BASE}/lists/7/contacts/5", ("u", "k")),
        (
            "embedded",
            embedded.transport(),
            f"{BASE}/lists/{list_id}/contacts/{contact_id}",
            embedded.credentials,
        ),
    ]
    for label, transport, url, (username, api_key) in transports:
        ratio, hand, sdk = anyio.run(_measure, transport, url, username, api_key, calls, rounds)
        figure = f"{label} transport: SDK / bare CPU per call"
        report.add("overhead", figure, ratio, "x", f"<= {GOAL}x", ratio <= GOAL)
        per_call = f"bare {hand * 1e6:.0f} us, SDK {sdk * 1e6:.0f} us"
        report.note("overhead", f"{label} transport: per call", per_call)

    if profile:

        async def many() -> None:
            async with ClickSend(
                "u", "k", base_url=BASE, http_client=httpx.AsyncClient(transport=Canned())
            ) as cs:
                for _ in range(calls):
                    await cs.contacts.get(7, 5)

        print("\nwhere a call's time goes (canned transport, cProfile, own time):")
        print(profile_summary(lambda: anyio.run(many)))
