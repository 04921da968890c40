"""A headline number with its caption and a line of context (portfolio outcomes)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, caption: str = "", tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.name(caption, tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.context)

    def name(self, caption: str, tip: str = "") -> None:
        """The card's caption and tooltip (again when the language changes)."""
        self.caption.setText(caption)
        self.value.setAccessibleName(caption)
        self.context.setAccessibleName(self.tr("%1 details").replace("%1", caption))
        self.setToolTip(tip)

    def set(self, value: str, context: str = "") -> None:
        self.value.setText(value)
        self.context.setText(context)
