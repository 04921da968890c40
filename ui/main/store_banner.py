"""The banner over the window's tabs while the store is damaged or read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.dates import datetime_text
from ui.translation import Words, is_language_change

if TYPE_CHECKING:
    from cs_desktop.backups import BackupFile

# Fixed colours with their own text colour: readable in the light and the dark scheme alike.
_DAMAGED_STYLE = "#storeBanner { background: #f8d7da; border-bottom: 1px solid #d9a1a8; }"
_READ_ONLY_STYLE = "#storeBanner { background: #fff3cd; border-bottom: 1px solid #e0c36c; }"
_TEXT_COLOUR = {"damaged": "#58151c", "read-only": "#3d2e00"}


class StoreBanner(QFrame):
    """Says what is wrong with the store and what to do; hidden while the store is sound.

    Signals:
        restore_latest: restore ``latest`` (the newest automatic backup).
        restore_other: choose another backup to restore.
    """

    restore_latest = Signal()
    restore_other = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words = Words()
        self.latest_button = QPushButton()
        self.words.bind(self.latest_button.setText, lambda: self.tr("Restore last backup…"))
        self.other_button = QPushButton()
        self.words.bind(self.other_button.setText, lambda: self.tr("Choose a backup…"))
        self._shown: Callable[[], None] | None = None  # shows the state again, in new words
        self.latest_button.clicked.connect(self.restore_latest)
        self.other_button.clicked.connect(self.restore_other)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(words, 1)
        layout.addWidget(self.latest_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.latest: BackupFile | None = None
        self.hide()

    def show_damaged(self, detail: str, latest: BackupFile | None) -> None:
        """The store is damaged (``detail`` says how); offer ``latest`` if there is one."""
        self.latest = latest
        self._shown = lambda: self.show_damaged(detail, latest)
        self._style("damaged", _DAMAGED_STYLE)
        self.title.setText(self.tr("This store is damaged"))
        if latest is None:
            text = self.tr(
                "%1. CS Desktop shows what it can still read and saves no changes. No "
                "automatic backup of this store was found: choose a backup file to restore."
            )
        else:
            text = self.tr(
                "%1. CS Desktop shows what it can still read and saves no changes until a "
                "good backup is restored. The last automatic backup is from %2."
            )
        self.text.setText(text.replace("%1", capitalised(detail)).replace("%2", when(latest)))
        self.latest_button.setVisible(latest is not None)
        self.other_button.setVisible(True)
        self.show()

    def show_read_only(self, reason: str) -> None:
        """The store cannot be written (``reason`` says why)."""
        self.latest = None
        self._shown = lambda: self.show_read_only(reason)
        self._style("read-only", _READ_ONLY_STYLE)
        self.title.setText(self.tr("This store is read-only"))
        self.text.setText(
            self.tr(
                "%1: you can look, search and export plans, but changes cannot be saved. To "
                "work in it, copy it to a folder you can write to and open the copy."
            ).replace("%1", capitalised(reason))
        )
        self.latest_button.hide()
        self.other_button.hide()
        self.show()

    def hide_state(self) -> None:
        """The store is sound again: no banner."""
        self._shown = None
        self.hide()

    def _style(self, kind: str, frame: str) -> None:
        colour = _TEXT_COLOUR[kind]
        self.setStyleSheet(f"{frame} #storeBanner QLabel {{ color: {colour}; }}")
        self.setAccessibleName(
            self.tr("The store is damaged")
            if kind == "damaged"
            else self.tr("The store is read-only")
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._shown is not None:
                self._shown()
        super().changeEvent(event)


def when(backup: BackupFile | None) -> str:
    """A backup's date and time in the user's locale, with its size."""
    if backup is None:
        return ""
    # The month by name in English (Dec 2, 2026) or year first (2026/12/02): a backup's date is
    # never read the wrong way round.
    size = QLocale().formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    return (
        QCoreApplication.translate("StoreBanner", "%1 (%2)")
        .replace("%1", datetime_text(backup.taken_at))
        .replace("%2", size)
    )


def capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
