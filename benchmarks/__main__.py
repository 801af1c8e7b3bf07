"""`make bench`: the performance contract of DESIGN.md, as ratios measured side by side.

    python -m benchmarks [--quick] [--profile] [--json bench-results.json]

Every figure is a ratio or a count measured in this one run, never an absolute time held
against a threshold: the machine is shared and noisy. Each measured pair is interleaved (A, B,
A, B, ...) and the median ratio reported, so a burst of load hits both sides alike.

1. overhead: CPU time per call of the SDK vs a bare `httpx.AsyncClient` + `json.loads`, on the
   same in-process transport (goal <= 1.3x).
2. pagination: reading 10,000 contacts (limit 100) from the embedded ClickSend on loopback with
   20 ms latency: `iter()` at defaults vs a sequential page walk (goal >= 5x) and vs the floor
   latency x (1 + ceil(99 / concurrency)) (goal within 1.5x).
3. bulk: creating 2,000 contacts against a server limited to 100 requests/s: sustained rate
   (goal >= 90 % of the limit), rows lost, duplicated, 429s surfacing (goal 0, 0, 0); the same
   job with the official `clicksend-client` SDK for comparison.
4. memory: peak growth of traced memory while iterating 100,000 contacts, against 10,000
   (bounded by the prefetch window, not by the total).
5. webhooks: form-encoded delivery receipts per second through the Starlette adapter vs a bare
   Starlette route that only reads the form (goal >= 0.8x).
6. shared limit: 4 worker processes sharing 100 requests/s through Redis (`RedisRateLimiter`):
   the share of the limit used (goal >= 90 %), the busiest second, 429s (shared_limit.py).
7. send_many: 20,000 SMS at 10 requests/s with 1 answer in 20 lost after the send was done:
   messages queued exactly once, requests used vs a fault-free run (goal <= 2x), messages per
   second vs the ideal 10 x 1,000; the official `clicksend-client` doing it one call per batch.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import bulk, memory, overhead, pagination, send_many, shared_limit, webhooks
from ._report import Report


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark, print the table, write the JSON."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--profile", action="store_true", help="print where the SDK's time goes")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument(
        "--only",
        choices=[
            "overhead",
            "pagination",
            "bulk",
            "memory",
            "webhooks",
            "shared_limit",
            "send_many",
        ],
    )
    args = parser.parse_args(argv)

    report = Report()
    suites = {
        "overhead": overhead,
        "pagination": pagination,
        "bulk": bulk,
        "memory": memory,
        "webhooks": webhooks,
        "shared_limit": shared_limit,
        "send_many": send_many,
    }
    for name, suite in suites.items():
        if args.only in (None, name):
            print(f"running {name} ...", file=sys.stderr, flush=True)
            suite.run(report, quick=args.quick, profile=args.profile)
    print(report.table())
    args.json.write_text(json.dumps(report.figures, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
