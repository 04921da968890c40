"""One window of a kind: opened once, raised while open, forgotten once closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class SingleDialog(Generic[D]):
    """At most one dialog made by ``make``; :meth:`show` opens it, or raises the open one.

    The dialog deletes itself when closed and is forgotten then, so the next :meth:`show`
    builds a fresh one from current data.
    """

    def __init__(self, make: Callable[[], D]) -> None:
        self._make = make
        self._dialog: D | None = None

    @property
    def current(self) -> D | None:
        """The open dialog, or None."""
        return self._dialog

    def show(self) -> D:
        dialog = self._dialog
        if dialog is None:
            dialog = self._make()
            dialog.finished.connect(self._on_dialog_finished)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_dialog_finished(self, _code: int) -> None:
        self._dialog = None
