"""``cs-desktop self-test``: check that this installation works, on a throw-away store.

The installer's smoke test runs it inside the built bundle (``build_installer.py --smoke``).
Each step uses for real what the app loads late or reads from disk: Alembic and the
``migrations/`` folder, the ORM, numpy, pandas, openpyxl, the scorecards in ``resources/``, the
Qt platform and style plugins, pyqtgraph, the PDF writer with a CJK font, keyring, the
SQLCipher driver. A file the bundle lacks fails here, on the build machine, rather than on a
customer's laptop.

Nothing outside a temporary folder is touched: not the user's store, settings or keychain.
Qt is imported only when the command runs, so other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cs_desktop import __version__
from cs_desktop.cli_base import EXIT_FAILED, EXIT_OK, CommandGroup
from cs_desktop.sync import capture_edits

if TYPE_CHECKING:
    from cs_desktop.db import Store

COMMAND = "self-test"
SAMPLE_ACCOUNTS = 12
WINDOW_TIMEOUT_MS = 60_000
# Japanese and Chinese text that must draw without a missing-glyph box, on screen and in the PDF.
CJK_SAMPLE = "お客様の目標 客户目标 客戶目標"


def add_self_test_command(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``self-test`` to the commands of :func:`cs_desktop.cli.build_parser`."""
    command = commands.add_parser(
        COMMAND,
        help="check that this installation works (a temporary store; yours is not touched)",
        description="Create and migrate a temporary store, fill it with a sample portfolio, "
        "import a CSV and a workbook, score health, open the window, export a Japanese plan "
        "PDF, load the keychain library and the encrypted store's driver. Prints one line per "
        "step; exits 1 on a failure.",
    )
    command.add_argument(
        "--pdf", type=Path, metavar="FILE", help="keep the plan PDF the test writes at FILE"
    )


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[], str]  # returns what it checked, for the report


def run_steps(steps: Sequence[Step], out: TextIO, err: TextIO) -> int:
    """Run ``steps`` in order, one report line each; stop at the first failure (exit 1)."""
    width = max((len(step.name) for step in steps), default=0)
    started = time.perf_counter()
    for index, step in enumerate(steps):
        begun = time.perf_counter()
        try:
            detail = step.run()
        except Exception as error:
            seconds = time.perf_counter() - begun
            print(f"  FAIL  {step.name:<{width}}  {seconds:5.2f} s  {error!r}", file=out)
            traceback.print_exc(file=err)
            for later in steps[index + 1 :]:
                print(f"  --    {later.name:<{width}}  not run", file=out)
            print(f"self-test FAILED at {step.name!r}", file=out, flush=True)
            return EXIT_FAILED
        seconds = time.perf_counter() - begun
        print(f"  ok    {step.name:<{width}}  {seconds:5.2f} s  {detail}", file=out, flush=True)
    total = time.perf_counter() - started
    print(f"self-test passed: {len(steps)} steps in {total:.1f} s", file=out, flush=True)
    return EXIT_OK


def run_self_test(
    args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    from ui.plan.cli import ensure_qt_platform

    ensure_qt_platform()
    capture_edits()  # the store is written as the app writes it
    where = f"bundle {sys.executable}" if getattr(sys, "frozen", False) else "source checkout"
    print(
        f"CS Desktop {__version__} self-test ({where}, Python {sys.version.split()[0]})", file=out
    )
    with tempfile.TemporaryDirectory(prefix="cs-desktop-self-test-") as folder:
        check = _SelfTest(Path(folder), args.pdf)
        try:
            return run_steps(check.steps(), out, err)
        finally:
            check.close()


class _SelfTest:
    """The steps, sharing one store, one QApplication and one window."""

    def __init__(self, folder: Path, pdf: Path | None) -> None:
        self.folder = folder
        self.pdf = pdf.expanduser() if pdf is not None else folder / "plan-ja.pdf"
        self.today = date.today()
        self._store: Store | None = None
        self.app: Any = None
        self.account_id: Any = None  # an account with a health score, for the window and plan

    def steps(self) -> list[Step]:
        return [
            Step("store", self.open_store),
            Step("sample portfolio", self.fill_sample),
            Step("import", self.import_files),
            Step("health", self.score_health),
            Step("keyring", self.load_keyring),
            Step("encrypted store", self.encrypted_store),
            Step("window", self.open_window),
            Step("plan PDF", self.export_plan),
        ]

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store step did not run")
        return self._store

    def _scored_account(self) -> Any:
        if self.account_id is None:
            raise RuntimeError("the health step did not run")
        return self.account_id

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def open_store(self) -> str:
        from cs_desktop.db import open_store, stored_revision
        from cs_desktop.paths import migrations_dir
        from cs_desktop.schema import HEAD_REVISION

        self._store = open_store(self.folder / "self-test.sqlite3")  # runs every migration
        revision = stored_revision(self.store.engine)
        if revision != HEAD_REVISION:
            raise RuntimeError(f"schema is {revision}, expected {HEAD_REVISION}")
        return f"created and migrated to {revision} (migrations in {migrations_dir()})"

    def fill_sample(self) -> str:
        from cs_desktop.child_jobs import run_in_child
        from cs_desktop.demo import generate_portfolio

        # In a child process, as the app does it: a bundle must be able to start its own jobs.
        summary = run_in_child(
            self.store.path, generate_portfolio, {"accounts": SAMPLE_ACCOUNTS, "seed": 7}
        )
        return (
            f"{summary.accounts} accounts, {summary.touchpoints} touchpoints, "
            f"{summary.health_samples} health samples (in a child process)"
        )

    def import_files(self) -> str:
        from openpyxl import Workbook

        from cs_desktop.child_jobs import run_in_child
        from cs_desktop.importer import ImportKind, import_file

        csv = self.folder / "accounts.csv"
        # What Excel writes on a Japanese Windows: Shift_JIS, detected by the importer.
        csv.write_bytes("name;tier;arr\n東京テック株式会社;enterprise;1200000\n".encode("cp932"))
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(["name", "tier", "arr"])
        sheet.append(["Self-Test Workbook GmbH", "mid_market", 48000])
        xlsx = self.folder / "accounts.xlsx"
        workbook.save(xlsx)
        reports = [
            run_in_child(self.store.path, import_file, {"kind": ImportKind.ACCOUNTS, "path": path})
            for path in (csv, xlsx)
        ]
        created = sum(report.created for report in reports)
        if created != 2:
            raise RuntimeError(f"expected 2 new accounts, got {created}")
        return f"CSV ({reports[0].encoding}) and XLSX: {created} accounts (in child processes)"

    def score_health(self) -> str:
        import pandas as pd

        from cs_desktop.health.service import compute_portfolio_health

        with self.store.engine.connect() as connection:
            health = compute_portfolio_health(connection, self.today)
        scores = pd.DataFrame(
            {
                "band": [str(row.band.value) if row.band else "none" for row in health.accounts],
                "score": [row.score for row in health.accounts],
            }
        )
        scored = int(scores["score"].notna().sum())
        if scored == 0:
            raise RuntimeError("no account has a health score")
        bands = scores["band"].value_counts().sort_index().to_dict()
        self.account_id = next(row.account_id for row in health.accounts if row.score is not None)
        return f"{scored} of {len(scores)} accounts scored, bands {bands} (pandas {pd.__version__})"

    def load_keyring(self) -> str:
        # Only loads the backend: the user's keychain is neither read nor written.
        import keyring

        from cs_desktop.sync import credentials

        backend = keyring.get_keyring()
        return f"keyring {_version('keyring')}, backend {backend.name!r}, {credentials.__name__}"

    def encrypted_store(self) -> str:
        # The bundled SQLCipher driver, for real: a store encrypted with a key held in memory
        # (the keychain is not touched), written, read back, and refused to a wrong key.
        from cs_desktop import vault
        from cs_desktop.cipher import StoreKey, driver_version
        from cs_desktop.db import open_store
        from cs_desktop.models import Account
        from cs_desktop.store_errors import StoreWrongKeyError

        path = self.folder / "self-test-encrypted.sqlite3"
        vault.remember_key(path, vault.new_key())
        opened = open_store(path)
        try:
            with opened.write() as session:
                session.add(Account(name=CJK_SAMPLE))
            with opened.read() as session:
                if session.query(Account).count() != 1:
                    raise RuntimeError("the encrypted store did not keep its row")
        finally:
            opened.close()
        if CJK_SAMPLE.encode() in path.read_bytes() or not vault.is_encrypted(path):
            raise RuntimeError("the store's file is not encrypted")
        try:
            vault.unlock(path, StoreKey("wrong", passphrase=True))
        except StoreWrongKeyError:
            pass
        else:
            raise RuntimeError("a wrong key opened the encrypted store")
        return f"SQLCipher {driver_version()}: written, read back, a wrong key refused"

    def open_window(self) -> str:
        from PySide6.QtCore import QSettings

        from ui.app import create_application
        from ui.main.main_window import MainWindow
        from ui.plan.fonts import registered_cjk_families

        self.app = create_application(sys.argv[:1])  # registers the bundled CJK font if needed
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(self.store, settings)
        try:
            window.show()
            _wait_for(window.portfolio_painted, "the portfolio to paint")
            workspace = window.open_account(self._scored_account())
            _wait_for(workspace.loaded, "the account workspace to load")
            if "pyqtgraph" not in sys.modules:
                raise RuntimeError("the account workspace did not load pyqtgraph")
            rows = window.model.rowCount()
            families = _cjk_families(window.font())
        finally:
            window.close()
            window.deleteLater()
        source = "bundled font" if registered_cjk_families() else "system fonts"
        return f"{rows} accounts painted, account opened, CJK text in {families} ({source})"

    def export_plan(self) -> str:
        from cs_desktop.plan import build_plan
        from cs_desktop.plan.audience import Audience
        from ui.plan.fonts import font_families, has_cjk_font
        from ui.plan.pdf_writer import render_plan_pdf

        if self.app is None:
            raise RuntimeError("the window step did not run")
        if not has_cjk_font("ja"):
            raise RuntimeError("no Japanese font is installed or bundled")
        with self.store.engine.connect() as connection:
            document = build_plan(  # the team's copy: the one with the chart
                connection,
                self._scored_account(),
                lang="ja",
                today=self.today,
                audience=Audience.INTERNAL,
            )
        if document.health_section() is None:
            raise RuntimeError("the plan has no health chart")
        self.pdf.parent.mkdir(parents=True, exist_ok=True)
        written = render_plan_pdf(document, self.pdf)
        data = written.read_bytes()
        if not data.startswith(b"%PDF") or b"CJK" not in data:
            raise RuntimeError(f"{written} is not a PDF with a CJK font")
        font = font_families("ja")[0]
        return f"{written} ({len(data) // 1024} KB, Japanese in {font}, with chart)"


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:  # a bundle without the package's metadata still works
        return "?"


def _wait_for(signal: Any, what: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[bool] = []

    def on_signal(*_: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(on_signal)
    QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
    loop.exec()
    if not fired:
        raise TimeoutError(f"waited {WINDOW_TIMEOUT_MS // 1000} s for {what}")


def _cjk_families(font: Any) -> list[str]:
    """The families that draw :data:`CJK_SAMPLE` in ``font``; fails on a missing glyph."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(CJK_SAMPLE, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    families: list[str] = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():  # glyph 0 is the font's "missing" box
            raise RuntimeError(f"{run.rawFont().familyName()} draws Japanese/Chinese as boxes")
        families.append(run.rawFont().familyName())
    return sorted(set(families))
