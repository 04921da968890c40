"""Account plan PDF figures: one plan, and a batch of 100 plans, read from the store and rendered.

Run alone: ``python -m bench.plan --accounts 200`` (generates a sample portfolio in a temp
folder) or ``python -m bench.plan --db STORE``. Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.figures import Figure, median_time
from cs_desktop.db import open_store
from cs_desktop.ids import AccountId
from cs_desktop.plan import build_plan
from cs_desktop.plan.audience import Audience

BATCH = 100

FULL = Audience.INTERNAL  # the heaviest copy: health chart, notes and tasks


def measure(db_path: Path) -> list[Figure]:
    """Time one plan (read + render, median) and 100 plans in a row, as the batch export does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.plan.pdf_writer import render_plan_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    store = open_store(db_path)
    today = date.today()
    out = Path(tempfile.mkdtemp(prefix="cs-desktop-bench-plan-"))
    try:
        with store.engine.connect() as connection:
            ids = [
                AccountId(row[0])
                for row in connection.exec_driver_sql("SELECT id FROM account ORDER BY id")
            ]
            if not ids:
                raise RuntimeError(f"{db_path} has no accounts")
            picks = iter(range(10**9))

            def one() -> None:
                account = ids[next(picks) % len(ids)]
                document = build_plan(connection, account, lang="ja", today=today, audience=FULL)
                render_plan_pdf(document, out / "one.pdf")

            def build_only() -> None:
                build_plan(
                    connection, ids[next(picks) % len(ids)], lang="ja", today=today, audience=FULL
                )

            one_seconds = median_time(one, repeat=15, warmup=2)
            build_seconds = median_time(build_only, repeat=15, warmup=1)
            batch = [ids[index % len(ids)] for index in range(BATCH)]
            started = time.perf_counter()
            for account in batch:
                document = build_plan(connection, account, lang="en", today=today, audience=FULL)
                render_plan_pdf(document, out / f"plan-{account}.pdf")
            batch_seconds = time.perf_counter() - started
        pages = sum(path.stat().st_size for path in out.glob("plan-*.pdf")) / BATCH / 1024
    finally:
        store.close()
        for path in out.iterdir():
            path.unlink()
        out.rmdir()
    return [
        Figure(
            "one account plan PDF (read the account, score its health, render; median)",
            one_seconds,
            build_seconds,
            max_seconds=1.0,
            floor_name="reading the plan alone, no rendering",
        ),
        Figure(
            f"{BATCH} account plan PDFs in a row (the batch export; {pages:,.0f} KB each)",
            batch_seconds,
            max_seconds=30.0,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.plan")
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--db", type=Path, help="an existing store (skips generation)")
    args = parser.parse_args()
    db_path = args.db
    if db_path is None:
        from cs_desktop.demo.generator import generate_portfolio

        db_path = Path(tempfile.mkdtemp(prefix="cs-desktop-bench-")) / "generated.sqlite3"
        store = open_store(db_path)
        started = time.perf_counter()
        generate_portfolio(store, accounts=args.accounts)
        store.close()
        print(f"generated {args.accounts:,} accounts in {time.perf_counter() - started:.1f} s")
    figures = measure(db_path)
    for figure in figures:
        print(figure.line())
    return 0 if all(figure.within_target for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
