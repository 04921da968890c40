"""Asking why an account moves stage: the note goes into its stage history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.vocabulary import Stage
from ui.account.labels import stage_label
from ui.local_only import local_only_label


class StageNoteDialog(QDialog):
    """A note is required: the stage history is only useful if it says why."""

    def __init__(
        self, account_name: str, from_stage: Stage, to_stage: Stage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.to_stage = to_stage
        self.setWindowTitle(self.tr("Move to %1").replace("%1", stage_label(to_stage)))
        prompt = QLabel(
            self.tr("Move %1 from %2 to %3. Why does the stage change?")
            .replace("%1", account_name)
            .replace("%2", stage_label(from_stage))
            .replace("%3", stage_label(to_stage))
        )
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Reason for the stage change"))
        self.note.setPlaceholderText(self.tr("e.g. Go-live completed; daily use by three teams"))
        self.note.setTabChangesFocus(True)
        prompt.setBuddy(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move stage"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._on_note_text_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_save_shortcut_activated)
        self.local_only = local_only_label(
            self.tr("This computer only: the reason is not sent to the CRM (the new stage is).")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.note)
        layout.addWidget(self.local_only)
        layout.addWidget(self.buttons)
        self.resize(460, 220)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _on_note_text_changed(self) -> None:
        self.ok.setEnabled(bool(self.note_text()))

    def _on_save_shortcut_activated(self) -> None:
        if self.note_text():
            self.accept()
