"""Starting the application: QApplication, the store, the main window."""

from __future__ import annotations

import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from cs_desktop import __version__
from cs_desktop.app_log import log_file
from cs_desktop.cipher import is_plain_sqlite
from cs_desktop.deferred_store import DeferredStore, is_current_store
from cs_desktop.portfolio import read_portfolio_file
from cs_desktop.sync import capture_edits
from cs_desktop.vault import PLAIN_NEW_STORES_ENV
from ui.crash import CrashReporter, crash_report
from ui.crash_dialog import CrashDialog
from ui.plan.fonts import ensure_cjk_font
from ui.translation import apply_language, startup_language

if TYPE_CHECKING:
    from cs_desktop.db import Store
    from cs_desktop.my_day import MyDay

# Set by the start-up benchmark: print "first-paint" and leave once the portfolio has painted.
EXIT_AFTER_FIRST_PAINT = "CS_DESKTOP_EXIT_AFTER_FIRST_PAINT"

log = logging.getLogger(__name__)


def _leave_after_first_paint() -> None:
    sys.stdout.write("first-paint\n")
    sys.stdout.flush()
    os._exit(0)


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("CS Desktop")
    app.setApplicationDisplayName("CS Desktop")
    app.setOrganizationName("CS Desktop")
    app.setApplicationVersion(__version__)
    # Fusion follows the system's light/dark colour scheme and looks the same everywhere.
    app.setStyle("Fusion")
    ensure_cjk_font()  # a bundle on a machine without CJK fonts brings its own
    return app


def run_app(db_path: Path, argv: list[str]) -> int:
    capture_edits()  # before any write: every edit made in the app must reach the CRM
    app = create_application(argv)
    # Before any window: the language chosen in Preferences, else the system's.
    apply_language(startup_language(QSettings()))
    reporter = CrashReporter()
    reporter.install()  # from here on, an unexpected error shows a dialog, not a dead window
    log.info("the app opens the store %s", db_path)
    try:
        code = _run_window(app, db_path)
    except Exception as error:  # the window could not even be built: say so, then leave
        log.error("the app could not start", exc_info=error)
        CrashDialog(crash_report(error, where="start-up"), log_file()).exec()
        return 1
    log.info("the app closed (exit code %d)", code)
    return code


def _read_my_day(db_path: Path) -> MyDay:
    from cs_desktop.my_day import read_my_day_file  # on the prefetch thread: off the start

    return read_my_day_file(db_path)


def _run_window(app: QApplication, db_path: Path) -> int:
    store: Store | DeferredStore
    prefetched = prefetched_day = None
    if not is_plain_sqlite(db_path) or os.environ.get(PLAIN_NEW_STORES_ENV) is None:
        # An encrypted store's key (the keychain's, or asked for), encryption turned on or off
        # in Preferences, a new store's: all before anything opens the file.
        from ui.vault_dialogs import prepare_store

        if not prepare_store(db_path, QSettings()):
            return 1
    if is_current_store(db_path):
        # The usual start: the schema is current, so read the portfolio on a thread while the
        # window is built, and let the first background job open the store (and import
        # SQLAlchemy) once the portfolio is on screen.
        store = DeferredStore(db_path)
        prefetch = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cs-prefetch")
        prefetched = prefetch.submit(read_portfolio_file, db_path)
        prefetched_day = prefetch.submit(_read_my_day, db_path)
        prefetch.shutdown(wait=False)
    else:  # a new store, one to upgrade (with a backup), a damaged one, or one to refuse
        from cs_desktop.db import open_store
        from cs_desktop.errors import user_message

        try:
            # A damaged store opens for reading, under a banner offering a backup to restore.
            store = open_store(db_path, damaged_ok=True)
        except Exception as error:
            message = user_message(error)
            if message is None:
                raise
            log.warning("the store %s cannot be opened: %s", db_path, message, exc_info=error)
            title = QCoreApplication.translate("App", "CS Desktop cannot open the store")
            QMessageBox.critical(None, title, message)
            return 1
    from ui.main.main_window import MainWindow

    window = MainWindow(store, prefetched=prefetched, prefetched_day=prefetched_day)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        window.portfolio_painted.connect(_leave_after_first_paint)
    window.show()
    code = app.exec()
    store.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_app(Path(sys.argv[1]), sys.argv[:1]))
