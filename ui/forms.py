"""Field errors shown where they belong: a line under the field, and the field marked.

The core states each problem in English (``RecordRejected.errors``); the text is translated
here, in the "Problems" context, so every editor shows the same words for the same problem.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

ERROR_STYLE = "color: #c62828;"
INVALID_STYLE = "border: 1px solid #c62828;"


def problem_text(problem: str) -> str:
    """A problem from the core, translated and starting with a capital."""
    text = QCoreApplication.translate("Problems", problem)
    return text[:1].upper() + text[1:]


class FieldErrors:
    """The error lines of one form: each field added gets a (hidden) line under it."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, name: str, widget: QWidget) -> QLabel:
        """Give the field ``name`` (shown by ``widget``, already in the form) an error line."""
        position: tuple[int, QFormLayout.ItemRole] = self.form.getWidgetPosition(widget)  # type: ignore[assignment]
        row = position[0]
        label = QLabel()
        label.setObjectName("fieldError")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        if row < 0:
            self.form.addRow("", label)
        else:
            self.form.insertRow(row + 1, "", label)
        self._fields[name] = (widget, label)
        return label

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show each field's problem and focus the first field in trouble.

        Returns the problems of fields this form does not have, for the caller to show.
        """
        self.clear()
        first: QWidget | None = None
        rest: dict[str, str] = {}
        for name, problem in errors.items():
            if name not in self._fields:
                rest[name] = problem
                continue
            widget, label = self._fields[name]
            label.setText(problem_text(problem))
            label.show()
            if not widget.objectName():
                widget.setObjectName(f"field_{name}")
            # Only the field itself: a field made of several widgets is framed as a whole.
            widget.setStyleSheet(f"#{widget.objectName()} {{ {INVALID_STYLE} }}")
            widget.setProperty("invalid", True)
            first = first or widget
        if first is not None:
            first.setFocus()
        return rest

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            if widget.property("invalid"):
                widget.setStyleSheet("")
                widget.setProperty("invalid", False)

    def text(self, name: str) -> str:
        """The error shown for ``name`` ("" when none)."""
        _widget, label = self._fields[name]
        return label.text() if label.isVisible() or label.text() else ""
