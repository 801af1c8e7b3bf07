"""Exporting 10,000 contacts: `clicksend contacts export` vs the SDK's own `iter()`.

    python -m benchmarks.cli_export [--contacts 10000] [--latency-ms 20] [--rounds 3]

Both read the same list from one embedded ClickSend on loopback, in this process, interleaved
(SDK, CLI, SDK, CLI, ...); the medians and their ratio are printed. The CLI's time includes
writing the CSV file and drawing the progress bar; `iter()`'s only counts the contacts.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import anyio
from click.testing import CliRunner

from clicksend_async import ClickSend
from clicksend_async.cli import cli
from clicksend_async.testing import EmbeddedClickSend


def main() -> None:
    """Run the comparison and print it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    embedded = EmbeddedClickSend(latency=args.latency_ms / 1000)
    list_id = embedded.add_list("Benchmark", contacts=args.contacts)
    username, api_key = embedded.credentials
    sdk_times: list[float] = []
    cli_times: list[float] = []
    with embedded.serve_in_thread() as base_url, tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "contacts.csv"

        async def sdk() -> int:
            async with ClickSend(username, api_key, base_url=base_url) as cs:
                return sum([1 async for _ in cs.contacts.iter(list_id)])

        env = {
            "CLICKSEND_USERNAME": username,
            "CLICKSEND_API_KEY": api_key,
            "CLICKSEND_BASE_URL": base_url,
        }
        for _ in range(args.rounds):
            started = time.perf_counter()
            assert anyio.run(sdk) == args.contacts
            sdk_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = CliRunner().invoke(
                cli, ["contacts", "export", str(list_id), "-o", str(output)], env=env
            )
            cli_times.append(time.perf_counter() - started)
            assert result.exit_code == 0, result.output
            assert sum(1 for _ in output.open(encoding="utf-8")) == args.contacts + 1
    sdk_median, cli_median = statistics.median(sdk_times), statistics.median(cli_times)
    print(
        f"{args.contacts} contacts, {args.latency_ms:g} ms latency, median of {args.rounds}: "
        f"SDK iter() {sdk_median:.2f} s, clicksend contacts export {cli_median:.2f} s "
        f"({cli_median / sdk_median:.2f}x)"
    )


if __name__ == "__main__":
    main()
