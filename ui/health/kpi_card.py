"""A headline number with its caption and a line of context (portfolio outcomes).

When the number cannot be computed (an exchange rate is missing), the card says why in place
of the number, in the body's size, rather than showing a figure that would be wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.forms import ERROR_COLOUR


class KpiCard(QFrame):
    """Attributes:
    missing: the card says why it has no number (see :meth:`set_missing`).
    """

    def __init__(self, caption: str = "", tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.value = QLabel("—")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self._body_font = QFont(self.value.font())
        self._number_font = QFont(self.value.font())
        self._number_font.setPointSizeF(self._number_font.pointSizeF() * 1.9)
        self._number_font.setBold(True)
        self.value.setFont(self._number_font)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.tip = ""
        self.missing = False
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
        self.tip = tip
        self.setToolTip(tip)

    def set(self, value: str, context: str = "", detail: str = "") -> None:
        """Show a number; ``detail`` follows the card's tooltip (how it was computed)."""
        self.missing = False
        self.value.setFont(self._number_font)
        self.value.setWordWrap(False)
        self.value.setStyleSheet("")
        self.value.setText(value)
        self.context.setText(context)
        self.setToolTip("\n\n".join(part for part in (self.tip, detail) if part))

    def set_missing(self, reason: str, context: str = "") -> None:
        """Say why there is no number (``no JPY->USD rate on or before 2026-03-31``)."""
        self.missing = True
        self.value.setFont(self._body_font)
        self.value.setWordWrap(True)
        self.value.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.value.setText(reason)
        self.context.setText(context)
        self.setToolTip(self.tip)
