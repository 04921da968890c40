"""Screenshots of the real app on a sample portfolio: portfolio, account workspace, search.

Run through ``scripts/screenshots`` (which starts Xvfb), or on your own display:
    python scripts/screenshots.py OUTDIR [--db STORE] [--accounts N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from cs_desktop.db import open_store
from ui.app import create_application


def wait_for(signal: object, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(path: Path) -> None:
    settle()
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(f"saved {path}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--accounts", type=int, default=200)
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    db = args.db or Path(tempfile.mkdtemp(prefix="cs-desktop-shots-")) / "sample.sqlite3"
    store = open_store(db)
    with store.engine.connect() as connection:
        empty = connection.exec_driver_sql("SELECT count(*) FROM account").scalar_one() == 0
    if empty:
        from cs_desktop.demo import generate_portfolio

        generate_portfolio(store, accounts=args.accounts)

    from PySide6.QtCore import QSettings

    from ui.main.main_window import MainWindow

    settings = QSettings(str(args.outdir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1500, 920)
    window.move(20, 20)
    window.show()
    wait_for(window.portfolio_loaded)
    shoot(args.outdir / "1-portfolio.png")

    # The account with the most touchpoints written in Japanese makes the best CJK check.
    with store.engine.connect() as connection:
        account_id = connection.exec_driver_sql(
            "SELECT a.id FROM account a JOIN touchpoint t ON t.account_id = a.id "
            "WHERE t.notes GLOB '*[ぁ-ん]*' GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
        ).scalar() or window.model.account_id(0)
    workspace = window.open_account(account_id)
    wait_for(workspace.loaded)
    shoot(args.outdir / "2-account.png")

    dialog = window.show_search()
    dialog.move(300, 150)
    dialog.search_for("オンボーディング")
    wait_for(dialog.results_shown)
    shoot(args.outdir / "3-search-japanese.png")
    dialog.search_for("onboarding")
    wait_for(dialog.results_shown)
    shoot(args.outdir / "4-search-english.png")
    dialog.close()
    window.close()
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
