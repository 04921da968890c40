"""The shape every record editor shares: a form, Save and Cancel, errors next to the fields.

Saving goes through :func:`ui.operations.save_records` (one transaction on the writer thread,
one undo step). A rejected save keeps the dialog open with everything typed; the problems show
under their fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.record_edits import RecordEdit, RecordRejected
from ui.forms import ERROR_COLOUR, FieldErrors, SaveErrors
from ui.operations import RecordWrite, save_records
from ui.tasks import TaskRunner, message_for


def problem_text(problem: str) -> str:
    """A problem stated by the core (in the core's catalog's words), with a capital first."""
    return problem[:1].upper() + problem[1:]


class RecordDialog(QDialog):
    """A form that saves a record; subclasses add fields and say what to write.

    Signals:
        saved: the edits, once stored (the dialog then closes).
    """

    saved = Signal(object)  # tuple[RecordEdit, ...]

    def __init__(
        self, title: str, runner: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.runner, self.undo_stack = runner, undo_stack
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(self.form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._pending = SaveErrors(runner, title, self._on_save_failed)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """Add a row to the form, with its error line (``name`` is the core's field name)."""
        self.errors.add(name, widget, label)

    # -- to override ---------------------------------------------------------------------------
    def undo_text(self) -> str:
        """The undo step's name (Edit → Undo …)."""
        raise NotImplementedError

    def write(self) -> RecordWrite:
        """What to store, given what the form holds now (runs on the writer thread)."""
        raise NotImplementedError

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way
        self.errors.clear()
        self.error.hide()
        self.save_button.setEnabled(False)
        self._pending = SaveErrors(self.runner, self.undo_text(), self._on_save_failed)
        save_records(
            self.undo_stack,
            self.runner,
            self.undo_text(),
            self.write(),
            self._on_save_done,
            self._pending,
        )

    def _on_save_done(self, edits: tuple[RecordEdit, ...]) -> None:
        self._pending.saved = True
        self.saved.emit(edits)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordRejected):
            rest = self.errors.show(
                {name: problem_text(problem) for name, problem in error.errors.items()}
            )
            if not rest:
                return
            message = "\n".join(rest.values())
        else:
            message = message_for(error)
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()


def open_dialog(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class _DeleteKey(QObject):
    def __init__(self, watched: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self.callback()
                return True
        return False


def on_delete_key(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` when Delete (or Backspace, as on a Mac) is pressed in ``widget``."""
    widget.installEventFilter(_DeleteKey(widget, callback))
