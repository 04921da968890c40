"""The application window. A first window over the store until the full workspace lands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop import __version__
from cs_desktop.db import Store, StoreError, open_store


@dataclass(frozen=True)
class PortfolioOverview:
    accounts: int
    touchpoints: int
    names: tuple[str, ...]


def read_overview(store: Store, limit: int = 500) -> PortfolioOverview:
    with store.engine.connect() as connection:
        accounts = connection.exec_driver_sql("SELECT count(*) FROM account").scalar_one()
        touchpoints = connection.exec_driver_sql("SELECT count(*) FROM touchpoint").scalar_one()
        names = tuple(
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM account ORDER BY name LIMIT ?", (limit,)
            )
        )
    return PortfolioOverview(accounts, touchpoints, names)


class _OverviewSignals(QObject):
    loaded = Signal(object)


class _OverviewJob(QRunnable):
    """Reads the overview on a pool thread; ``signals.loaded`` is delivered on the GUI thread."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.signals = _OverviewSignals()

    def run(self) -> None:
        self.signals.loaded.emit(read_overview(self.store))


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"CS Desktop — {store.path.name}")
        self.summary = QLabel("Loading portfolio…")
        self.summary.setAccessibleName("Portfolio summary")
        self.accounts = QListWidget()
        self.accounts.setAccessibleName("Accounts")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.accounts)
        self.setCentralWidget(body)
        self.statusBar().showMessage(f"{store.path} · CS Desktop {__version__}")
        self.resize(900, 600)
        self._job = _OverviewJob(store)
        self._job.signals.loaded.connect(self._on_overview_loaded, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(self._job)

    def _on_overview_loaded(self, overview: PortfolioOverview) -> None:
        if overview.accounts == 0:
            self.summary.setText(
                "This store is empty. Fill it with a sample portfolio: cs-desktop demo"
            )
        else:
            self.summary.setText(
                f"{overview.accounts:,} accounts · {overview.touchpoints:,} touchpoints"
            )
        self.accounts.addItems(list(overview.names))


def run_app(db_path: Path, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("CS Desktop")
    app.setOrganizationName("CS Desktop")
    try:
        store = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, "CS Desktop cannot open the store", str(error))
        return 1
    window = MainWindow(store)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    store.close()
    return int(code)
