"""Run the benchmarks: ``python -m bench [--accounts N] [--workdir DIR] [--keep]``.

Every figure is printed with the floor measured in the same run and its targets. The default
size is the issue's: 10,000 accounts (~500,000 touchpoints, ~5,000,000 health samples).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, help="where stores are written (default: temp)")
    args = parser.parse_args()

    from bench.generation import measure as measure_generation
    from bench.queries import measure_account_detail, measure_search

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"CS Desktop benchmark: {args.accounts:,} accounts, {platform.python_version()}, "
          f"{platform.machine()}, stores in {workdir}")
    figures: list[Figure] = []
    started = time.perf_counter()

    def report(new: list[Figure]) -> None:
        for figure in new:
            print(figure.line(), flush=True)
        figures.extend(new)

    report(measure_generation(workdir, args.accounts))
    store = workdir / "generated.sqlite3"
    report(measure_search(store))
    report([measure_account_detail(store)])
    missed = [figure.name for figure in figures if not figure.within_target]
    print(f"done in {time.perf_counter() - started:.0f} s; "
          + (f"MISSED: {', '.join(missed)}" if missed else "all figures within target"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
