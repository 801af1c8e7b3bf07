"""The SDK under trio: a nursery of tasks sharing one client.

    python examples/trio_script.py          # with CLICKSEND_* set

Everything the SDK waits on (sockets, retries, the rate limit) goes through anyio, so it
runs on trio as it runs on asyncio.
"""

from __future__ import annotations

import trio

from clicksend_async import ClickSend


async def main() -> dict[str, int]:
    counts: dict[str, int] = {}
    async with ClickSend(requests_per_second=20) as cs:
        lists = [await cs.lists.create(list_name=f"trio-{i}") for i in range(3)]

        async def fill(list_id: int, name: str) -> None:
            for n in range(5):
                await cs.contacts.create(list_id, phone_number=f"+6141100{n:04d}", first_name=name)
            counts[name] = (await cs.contacts.list(list_id)).total

        async with trio.open_nursery() as nursery:
            for lst in lists:
                nursery.start_soon(fill, lst.list_id, lst.list_name)
        for lst in lists:
            await cs.lists.delete(lst.list_id)
    return counts


if __name__ == "__main__":
    for name, total in sorted(trio.run(main).items()):
        print(f"{name}: {total} contacts")
