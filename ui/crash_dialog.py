"""The dialog for an unexpected error: what happened in one line, and "Copy details" for support."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

COPIED_FOR_MS = 2000


@dataclass(frozen=True)
class CrashReport:
    """An unexpected error as the user and support see it (secrets already redacted).

    Attributes:
        summary: one line, e.g. "KeyError: 'stage'".
        details: the traceback with the app's, Python's and Qt's versions: what is copied.
    """

    summary: str
    details: str


class CrashDialog(QDialog):
    """Shows one unexpected error, and counts those that follow while it is open."""

    def __init__(
        self, report: CrashReport, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Unexpected error"))
        self.more = 0
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = QStyle.StandardPixmap.SP_MessageBoxCritical
        icon.setPixmap(self.style().standardIcon(critical).pixmap(size, size))
        heading = QLabel(self.tr("<b>Something went wrong in CS Desktop.</b>"))
        self.summary = QLabel(report.summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_file is None:
            where = self.tr("The app writes no log file: copy the details before closing this.")
        else:
            where = self.tr("The details are also in the log file %1.").replace("%1", str(log_file))
        advice = QLabel(
            self.tr(
                "The app keeps running, but what you were doing may not have finished. Copy the "
                "details and send them to support: they hold no passwords or tokens."
            )
        )
        where_label = QLabel(where)
        for label in (advice, where_label):
            label.setWordWrap(True)
        self.more_label = QLabel()
        self.more_label.hide()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for label in (heading, self.summary, advice, where_label, self.more_label):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def add_another(self, _report: CrashReport) -> None:
        """Another error happened while this one is shown: count it (the log has it)."""
        self.more += 1
        self.more_label.setText(
            self.tr(
                "%n more unexpected error(s) happened since; the log file has them.", "", self.more
            )
        )
        self.more_label.show()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(
            COPIED_FOR_MS, self, lambda: self.copy_button.setText(self.tr("Copy details"))
        )
