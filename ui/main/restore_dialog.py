"""File > Restore from backup…: the store's automatic backups, or a backup file of one's own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.main.store_banner import when

if TYPE_CHECKING:
    from cs_desktop.backups import BackupFile


class RestoreDialog(QDialog):
    """Pick the backup to restore; :attr:`chosen` is it once the dialog is accepted.

    The listing is read by the caller off the GUI thread and handed in.
    """

    def __init__(
        self, store_path: Path, backups: list[BackupFile], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.store_path = store_path
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Replace the store %1 with a backup. The store as it is now is kept in the "
                "backups folder beside it; what changed since the backup is not in the backup. "
                "Open accounts close and the undo history is cleared."
            ).replace("%1", str(store_path))
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Automatic backups"))
        kinds = {"daily": self.tr("daily backup"), "upgrade": self.tr("before an upgrade")}
        for backup in backups:
            label = self.tr("%1 — %2").replace("%1", when(backup))
            item = QListWidgetItem(label.replace("%2", kinds[backup.kind]))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if not backups:
            empty = QListWidgetItem(self.tr("No automatic backups of this store yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_restore_clicked())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        self.file_button = QPushButton(self.tr("Choose a file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _on_restore_clicked(self) -> None:
        item = self.list.currentItem()
        path = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.chosen = Path(path)
            self.accept()

    def _on_file_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.store_path.parent),
            self.tr("CS Desktop store (*.sqlite3);;All files (*)"),
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()
