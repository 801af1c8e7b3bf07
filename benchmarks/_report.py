"""The benchmarks' table and JSON, and the helpers they share."""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Report:
    """Rows of (benchmark, figure, value, goal, met) and the same as JSON."""

    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    figures: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(
        self,
        bench: str,
        name: str,
        value: float,
        unit: str = "",
        goal: str = "",
        met: bool | None = None,
    ) -> None:
        shown = f"{value:.2f}{unit}" if isinstance(value, float) else f"{value}{unit}"
        verdict = "" if met is None else ("yes" if met else "NO")
        self.rows.append((bench, name, shown, goal, verdict))
        self.figures.setdefault(bench, {})[name] = {
            "value": value,
            "unit": unit,
            "goal": goal,
            "met": met,
        }

    def note(self, bench: str, name: str, text: str) -> None:
        self.rows.append((bench, name, text, "", ""))
        self.figures.setdefault(bench, {})[name] = text

    def table(self) -> str:
        header = ("benchmark", "figure", "value", "goal", "met")
        widths = [max(len(str(r[i])) for r in [header, *self.rows]) for i in range(5)]
        lines = [
            " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
            for row in [header, *self.rows]
        ]
        lines.insert(1, "-+-".join("-" * w for w in widths))
        return "\n".join(lines)


def median_ratio(pairs: list[tuple[float, float]]) -> float:
    """The median of a / b over interleaved measurements."""
    return statistics.median(a / b for a, b in pairs)


def profile_summary(
    run: Callable[[], object], package: str = "clicksend_async", top: int = 12
) -> str:
    """Where `run` spends its time, as the top functions by own time (the SDK's and the rest)."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    own = sum(
        s[2]  # total own time of the package's functions
        for (path, _, _), s in stats.stats.items()  # type: ignore[attr-defined]
        if f"/{package}/" in path
    )
    total = stats.total_tt  # type: ignore[attr-defined]
    head = f"own time in {package}: {own:.3f}s of {total:.3f}s ({own / total:.0%})"
    return "\n".join([head, *lines[start : start + top + 1]])
