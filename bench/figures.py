"""A measured figure, its floor measured in the same run, and its targets."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One benchmark result.

    Args:
        name: what was measured.
        seconds: the measured (median) time.
        floor_seconds: the floor measured in the same run (None when the figure has none).
        unit: "s" for times; any other unit (e.g. "MB") is printed as it is.
        max_seconds: the absolute target, if any.
        max_ratio: the target for ``seconds / floor_seconds``, if any.
    """

    name: str
    seconds: float
    floor_seconds: float | None = None
    max_seconds: float | None = None
    max_ratio: float | None = None
    floor_name: str = ""
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        if not self.floor_seconds:
            return None
        return self.seconds / self.floor_seconds

    @property
    def within_target(self) -> bool:
        if self.max_seconds is not None and self.seconds > self.max_seconds:
            return False
        ratio = self.ratio
        return not (self.max_ratio is not None and ratio is not None and ratio > self.max_ratio)

    def line(self) -> str:
        fmt = _fmt if self.unit == "s" else (lambda value: f"{value:,.0f} {self.unit}")
        parts = [f"{self.name}: {fmt(self.seconds)}"]
        if self.floor_seconds is not None:
            parts.append(f"floor ({self.floor_name}) {fmt(self.floor_seconds)}")
            parts.append(f"ratio {self.ratio:.2f}x")
        targets = []
        if self.max_seconds is not None:
            targets.append(f"<= {fmt(self.max_seconds)}")
        if self.max_ratio is not None:
            targets.append(f"<= {self.max_ratio:g}x floor")
        if targets:
            parts.append("target " + " and ".join(targets))
        parts.append("OK" if self.within_target else "MISSED")
        return " | ".join(parts)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def median_time(action: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    """Median wall time of ``action`` over ``repeat`` runs, after ``warmup`` unmeasured runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
