"""Screenshots of the real app on a sample portfolio: My day, portfolio, account workspace, each of
its tabs, portfolio health, search, Preferences; then, on a small store synced with an
in-process CRM sandbox, the conflict queue and the CRM settings (with a keychain, and without).

Run through ``scripts/screenshots`` (which starts Xvfb), or on your own display:
    python scripts/screenshots.py OUTDIR [--db STORE] [--accounts N] [--language ja]

``--language`` is en, ja, zh-Hans, zh-Hant or pseudo (every word longer and accented, to see
what a longer translation clips).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from cs_desktop.db import open_store
from cs_desktop.sync import capture_edits
from ui.app import create_application
from ui.translation import UI_LANGUAGES, apply_language


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
    parser.add_argument("--language", choices=UI_LANGUAGES, default="en")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    capture_edits()  # as the app does at start
    app = create_application(sys.argv[:1])
    apply_language(args.language)
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
    # The warnings the app records once it has scored the book, for My day to list.
    if window.warnings.is_busy() or window.health.portfolio is None:
        wait_for(window.warnings.idle, 120_000)
    window.show_my_day()
    if window.my_day.day is None:
        wait_for(window.my_day.loaded)
    shoot(args.outdir / "0-my-day.png")
    window.tabs.setCurrentWidget(window.portfolio_stack)
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
    for number, page in enumerate(
        (workspace.stakeholders, workspace.renewals, workspace.health_panel, workspace.risks)
    ):
        workspace.side_tabs.setCurrentWidget(page)
        settle(600)
        shoot(args.outdir / f"2{'abcd'[number]}-account-{type(page).__name__}.png")
    workspace.side_tabs.setCurrentIndex(0)

    health = window.show_portfolio_health()
    wait_for(health.analysis_shown, 60_000)
    shoot(args.outdir / "9-portfolio-health.png")
    health.verticalScrollBar().setValue(health.verticalScrollBar().maximum())
    shoot(args.outdir / "9b-portfolio-health-validation.png")
    window.tabs.setCurrentWidget(workspace)

    preferences = window.show_preferences()
    preferences.move(400, 200)
    shoot(args.outdir / "10-preferences.png")
    preferences.reject()

    dialog = window.show_search()
    dialog.move(300, 150)
    dialog.search_for("オンボーディング")
    wait_for(dialog.results_shown)
    shoot(args.outdir / "3-search-japanese.png")
    dialog.search_for("onboarding")
    wait_for(dialog.results_shown)
    shoot(args.outdir / "4-search-english.png")
    dialog.close()
    shoot_capture(window, workspace, args.outdir)
    window.close()
    app.processEvents()
    store.close()
    shoot_sync(args.outdir)
    return 0


def shoot_capture(window: Any, workspace: Any, outdir: Path) -> None:
    """The sample calendar and mails imported from the window, the unmatched list, and the
    touchpoint form with the QBR note template."""
    from PySide6.QtWidgets import QMessageBox

    samples = Path(__file__).resolve().parent.parent / "resources" / "samples"
    for source, path in (("mail", samples / "mail"), ("calendar", samples / "week.ics")):
        task = window.import_capture(source, path)
        wait_for(task.finished, 60_000)
        settle(600)
    shoot(outdir / "11-capture-imported.png")
    for box in window.findChildren(QMessageBox):
        box.close()
    unmatched = window.show_unmatched()
    unmatched.move(260, 160)
    settle(800)
    shoot(outdir / "12-unmatched.png")
    unmatched.close()
    window.tabs.setCurrentWidget(workspace)
    form = workspace.capture_touchpoint()
    if form is not None:
        form.move(200, 120)
        qbr = next(
            i
            for i in range(form.template.count())
            if form.template.itemData(i) and form.template.itemData(i).key == "qbr"
        )
        form.template.setCurrentIndex(qbr)
        form.template.activated.emit(qbr)
        shoot(outdir / "13-touchpoint-template.png")
        form.reject()


class MemoryKeyring(KeyringBackend):
    """A keychain for the screenshots only (Xvfb has no Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def conflicted_store(folder: Path, sandbox: Any) -> Any:
    """A small store synced with the sandbox, then changed on both sides: two conflicts."""
    import httpx
    from sqlalchemy import select

    from cs_desktop.models import Account, Stage, Touchpoint, TouchpointKind
    from cs_desktop.sync.connection import connect_hubspot
    from cs_desktop.sync.online import sync_once
    from cs_desktop.sync.state import SyncRecord

    control = httpx.Client(base_url=sandbox.url + "/__emulator")
    control.post("/clock", json={"offset": -3600})  # search shows records older than a minute
    store = open_store(folder / "synced.sqlite3")
    with store.write() as session:
        acme = Account(name="Acme Logistics", domain="acme.test", stage=Stage.DELIVERY)
        tokyo = Account(name="東京テック株式会社", domain="tokyo-tech.jp", stage=Stage.SERVICE)
        session.add_all([acme, tokyo])
        session.flush()
        session.add(
            Touchpoint(
                account_id=acme.id,
                kind=TouchpointKind.NOTE,
                occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                title="Rollout review",
                notes="Pilot live in two depots.\nNext: train the night shift.",
            )
        )
    connect_hubspot(store, token=sandbox.auth.private_token, base_url=sandbox.url)
    sync_once(store)
    control.post("/clock", json={"advance": 120})
    with store.write() as session:
        note = session.scalars(select(Touchpoint)).one()
        ids = {
            entity: session.scalars(
                select(SyncRecord.remote_id).where(SyncRecord.local_uid == uid)
            ).one()
            for entity, uid in (("company", acme.uid), ("touchpoint", note.uid))
        }
        session.get(Account, acme.id).name = "Acme Logistics GmbH"  # type: ignore[union-attr]
        session.scalars(
            select(Touchpoint)
        ).one().notes = (
            "Pilot live in two depots.\nNext: train the night shift.\nBudget for phase 2 approved."
        )
    for kind, remote_id, props in (
        ("companies", ids["company"], {"name": "Acme Logistics AG"}),
        (
            "notes",
            ids["touchpoint"],
            {"hs_note_body": "Pilot live in three depots.\nNext: train the night shift."},
        ),
    ):
        control.post(
            "/mutate", json={"op": "update", "type": kind, "id": remote_id, "properties": props}
        )
    control.post("/clock", json={"advance": 120})
    sync_once(store)
    control.close()
    return store


def shoot_sync(outdir: Path) -> None:
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QSettings

    from crm_sandbox import run_sandbox
    from ui.main.main_window import MainWindow

    keyring.set_keyring(MemoryKeyring())
    sandbox = run_sandbox(0, None)
    store = conflicted_store(Path(tempfile.mkdtemp(prefix="cs-desktop-sync-shots-")), sandbox)
    settings = QSettings(str(outdir / "settings-sync.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1300, 760)
    window.move(20, 20)
    window.show()
    wait_for(window.portfolio_loaded)
    settle(800)
    queue = window.show_conflicts()
    queue.move(160, 120)
    wait_for(queue.conflicts_shown)
    queue.list.setCurrentRow(0)  # the account's name
    shoot(outdir / "5-sync-conflict-field.png")
    queue.list.setCurrentRow(1)  # the note: several lines side by side
    shoot(outdir / "6-sync-conflict-note.png")
    queue.close()
    dialog = window.show_crm_settings()
    dialog.move(300, 140)
    wait_for(dialog.loaded)
    shoot(outdir / "7-crm-settings.png")
    dialog.close()
    keyring.set_keyring(fail.Keyring())
    dialog = window.show_crm_settings()
    dialog.move(300, 140)
    wait_for(dialog.loaded)
    shoot(outdir / "8-crm-settings-no-keychain.png")
    dialog.close()
    window.close()
    QGuiApplication.processEvents()
    store.close()
    sandbox.stop()


if __name__ == "__main__":
    sys.exit(main())
