"""Keeps the reporting currency and the exchange rates current for the views that convert.

The portfolio's ARR column and total, and the portfolio health's money, read the
:class:`~cs_desktop.rates.Reporting` held here; it is read again whenever the rates, the chosen
reporting currency or the set of accounts (whose most common currency is the default) change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cs_desktop.changes import Changes
from cs_desktop.rates import Reporting, load_reporting
from ui.tasks import ChangeHub, TaskRunner


class ReportingFeed(QObject):
    """Owns the latest :class:`Reporting`; emits ``updated`` after each reading."""

    updated = Signal(object)  # Reporting

    def __init__(self, runner: TaskRunner, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.reporting: Reporting | None = None
        self._sequence = 0
        hub.changes_applied.connect(self._on_hub_changes_applied)

    def reload(self) -> None:
        """Read the reporting currency and the rates again (on a reader thread)."""
        self._sequence += 1
        sequence = self._sequence

        def done(reporting: Reporting) -> None:
            if sequence == self._sequence:  # an older reading arriving late is dropped
                self.reporting = reporting
                self.updated.emit(reporting)

        self.runner.read(self.tr("Exchange rates"), load_reporting, done)

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.money or changes.portfolio:
            self.reload()
