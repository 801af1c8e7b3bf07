"""A contact sync job that remembers where it stopped: run it as often as you like.

    python examples/incremental_sync.py LIST_ID state.json     # with CLICKSEND_* set

Each run pulls only the contacts updated since the last run (`updated_after`), upserts them
into a local store keyed by contact_id, and saves the new high-water mark with the store, in
one file written atomically: a crash mid-run loses nothing, it just redoes that run.

The mark is the largest `date_updated` ClickSend reported, from its clock, never this
machine's. ClickSend's timestamps are whole seconds and `updated_after` is strict, so a
contact updated in the same second as the mark but after the read would be missed: each run
asks from one second before the mark. The overlap is re-read and upserted again, which is
harmless (upserts are idempotent).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio

from clicksend_async import ClickSend, OrderBy

OVERLAP_SECONDS = 1


def load_state(path: Path) -> dict[str, Any]:
    if path.exists():
        state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return state
    return {"high_water_mark": 0, "contacts": {}}


def save_state(path: Path, state: dict[str, Any]) -> None:
    """Write the store and its mark together, atomically (write a temp file, then rename)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(state, out)
    os.replace(tmp, path)


async def sync(cs: ClickSend, list_id: int, path: Path) -> dict[str, int]:
    """Pull what changed since the last run into the store at `path`; return counts."""
    state = load_state(path)
    mark = int(state["high_water_mark"])
    since = max(mark - OVERLAP_SECONDS, 0)
    pulled = 0
    async for contact in cs.contacts.iter(
        list_id, updated_after=since, order_by=OrderBy.asc("contact_id")
    ):
        state["contacts"][str(contact.contact_id)] = contact.to_dict()
        for stamp in (contact.date_updated, contact.date_added):
            if isinstance(stamp, int):  # UNSET when ClickSend did not send it
                mark = max(mark, stamp)
        pulled += 1
    state["high_water_mark"] = mark
    save_state(path, state)
    return {"pulled": pulled, "stored": len(state["contacts"]), "high_water_mark": mark}


async def main(list_id: int, path: Path) -> None:
    async with ClickSend() as cs:
        print(await sync(cs, list_id, path))


if __name__ == "__main__":
    anyio.run(main, int(sys.argv[1]), Path(sys.argv[2]))
