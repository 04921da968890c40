"""Run the benchmarks: ``python -m bench [--accounts N] [--workdir DIR] [--sections LIST]
[--sync-scale F] [--import-rows N]``.

Every figure is printed with the floor measured in the same run and its targets. The default
size is the issue's: 10,000 accounts (~500,000 touchpoints, ~5,000,000 health samples), and an
import of 1,000,000 accounts.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure


def measure_gui(store: Path) -> list[Figure]:
    """Account opening, GUI stalls and memory, measured in a separate app process."""
    from bench.app_process import run_on_copy

    data = run_on_copy("bench.gui", store)
    return [
        Figure(
            "open an account workspace (median, chart included)",
            data["open_account_median_s"],
            max_seconds=0.100,
        ),
        Figure(
            "open an account, including the work deferred past its paint (no target)",
            data["open_account_settled_median_s"],
        ),
        Figure(
            f"longest GUI-thread stall during {data['stall_job']} ({data['import_s']:.1f} s)",
            data["max_stall_import_s"],
            max_seconds=0.050,
        ),
        Figure(
            "longest GUI-thread stall during the health recompute that follows it",
            data["max_stall_recompute_s"],
            max_seconds=0.050,
        ),
        Figure(
            "start-up scoring and early-warning checks in the background (no target)",
            data["startup_background_s"],
        ),
        Figure(
            "longest GUI-thread stall while views refresh after both (no target)",
            data["max_stall_refresh_s"],
        ),
        Figure(
            "resident memory, portfolio + 5 accounts open",
            data["rss_mb"],
            max_seconds=400.0,
            unit="MB",
        ),
    ]


# The sections in the order they run; all but "usage", "sync", "sync_salesforce", "import" and
# "capture" read the generated store.
SECTIONS = (
    "generation",
    "search",
    "detail",
    "health",
    "plan",
    "startup",
    "health_start",
    "gui",
    "my_day",
    "editing",
    "vault",
    "usage",
    "sync",
    "sync_salesforce",
    "import",
    "capture",
)


def _sections(text: str) -> list[str]:
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown sections {unknown}; choose from {SECTIONS}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, help="where stores are written (default: temp)")
    parser.add_argument(
        "--sections",
        type=_sections,
        default=list(SECTIONS),
        help=f"comma-separated, from {','.join(SECTIONS)} (default: all)",
    )
    parser.add_argument(
        "--sync-scale", type=float, default=1.0, help="CRM sync portal size; 1.0 = the issue's"
    )
    parser.add_argument(
        "--import-rows", type=int, default=1_000_000, help="accounts in the imported CSV file"
    )
    args = parser.parse_args()
    sections = set(args.sections)

    from bench.generation import measure as measure_generation
    from bench.queries import measure_account_detail, measure_search

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cs-desktop-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"CS Desktop benchmark: {args.accounts:,} accounts, {platform.python_version()}, "
        f"{platform.machine()}, stores in {workdir}"
    )
    figures: list[Figure] = []
    started = time.perf_counter()

    def report(new: list[Figure]) -> None:
        for figure in new:
            print(figure.line(), flush=True)
        figures.extend(new)

    store = workdir / f"generated-{args.accounts}.sqlite3"
    if sections - {"usage", "sync", "sync_salesforce", "import", "capture"}:
        # Every other section reads the generated store: generate it (and time that) first.
        report(measure_generation(workdir, args.accounts))
    if "search" in sections:
        report(measure_search(store))
    if "detail" in sections:
        report([measure_account_detail(store)])
    if "health" in sections:
        from bench.health import measure as measure_health

        report(measure_health(store))
    if "plan" in sections:
        from bench.plan import measure as measure_plans

        report(measure_plans(store))
    if "startup" in sections:
        from bench.startup import measure_startup

        report([measure_startup(store)])
    if "health_start" in sections:
        from bench.health_start import measure as measure_health_start

        report(measure_health_start(store))
    if "gui" in sections:
        report(measure_gui(store))
    if "my_day" in sections:
        from bench.my_day import measure as measure_my_day

        report(measure_my_day(store))
    if "editing" in sections:
        from bench.editing import measure as measure_editing

        report(measure_editing(store))
    if "usage" in sections:
        from bench.usage import measure as measure_usage

        report(measure_usage(workdir))
    if "sync" in sections:
        from bench.sync import measure as measure_sync
        from bench.sync_connect import measure as measure_first_connect

        report(measure_sync(workdir, args.sync_scale))
        report(measure_first_connect(workdir))
    if "sync_salesforce" in sections:
        from bench.sync_salesforce import measure as measure_salesforce_pull

        report(measure_salesforce_pull(workdir, args.sync_scale))
    if "vault" in sections:
        from bench.vault import measure as measure_vault

        report(measure_vault(store, workdir, min(args.import_rows, 100_000)))
    if "import" in sections:
        from bench.importing import measure as measure_import

        report(measure_import(workdir, args.import_rows))
    if "capture" in sections:
        from bench.capture import measure as measure_capture

        report(measure_capture(workdir))
    missed = [figure.name for figure in figures if not figure.within_target]
    print(
        f"done in {time.perf_counter() - started:.0f} s; "
        + (f"MISSED: {', '.join(missed)}" if missed else "all figures within target")
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
