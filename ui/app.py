"""Starting the application: QApplication, the store, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cs_desktop import __version__
from cs_desktop.db import StoreError, open_store

if TYPE_CHECKING:
    from ui.main.main_window import MainWindow

# Set by the start-up benchmark: print "first-paint" and leave once the portfolio has painted.
EXIT_AFTER_FIRST_PAINT = "CS_DESKTOP_EXIT_AFTER_FIRST_PAINT"


class _FirstPaintProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.model.rowCount() > 0:
            # Leave after this paint is done; os._exit skips teardown, like the floor script.
            QTimer.singleShot(0, _leave_after_first_paint)
        return False


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
    return app


def run_app(db_path: Path, argv: list[str]) -> int:
    app = create_application(argv)
    try:
        store = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, app.tr("CS Desktop cannot open the store"), str(error))
        return 1
    from ui.main.main_window import MainWindow

    window = MainWindow(store)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        probe = _FirstPaintProbe(window)
        window.portfolio.table.viewport().installEventFilter(probe)
    window.show()
    code = app.exec()
    store.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_app(Path(sys.argv[1]), sys.argv[:1]))
