"""Empty states: a panel with nothing to show says so and what to do, instead of going blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


def empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(16)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class EmptyOr(QStackedWidget):
    """Shows ``content``, or a message when :meth:`set_empty` says there is nothing in it."""

    def __init__(self, content: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.message = empty_label(message)
        self.addWidget(content)
        self.addWidget(self.message)
        self.setFocusProxy(content)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.message if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.message
