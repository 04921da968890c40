"""What an empty store shows: start from a sample portfolio or import your accounts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.translation import Words, is_language_change


class WelcomePage(QWidget):
    sample_requested = Signal()
    import_requested = Signal()
    new_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        title = QLabel()
        self.words.bind(title.setText, lambda: self.tr("Your portfolio is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.explanation = explanation = QLabel()
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        explanation.setFixedWidth(520)
        self.words.bind(
            self._explain,
            lambda: self.tr(
                "Start with a sample portfolio to explore CS Desktop, import your accounts "
                "from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add "
                "your first account by hand."
            ),
        )
        self.sample_button = QPushButton()
        self.import_button = QPushButton()
        self.new_account_button = QPushButton()
        for button, text, name in (
            (
                self.sample_button,
                lambda: self.tr("Open a sample portfolio"),
                lambda: self.tr("Open a sample portfolio"),
            ),
            (
                self.import_button,
                lambda: self.tr("Import from CSV/XLSX…"),
                lambda: self.tr("Import accounts from CSV or XLSX"),
            ),
            (
                self.new_account_button,
                lambda: self.tr("New account…"),
                lambda: self.tr("Create an account"),
            ),
        ):
            self.words.bind(button.setText, text)
            self.words.bind(button.setAccessibleName, name)
        for button in (self.sample_button, self.import_button, self.new_account_button):
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (
            title,
            explanation,
            self.sample_button,
            self.import_button,
            self.new_account_button,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.new_account_button.clicked.connect(self.new_account_requested)

    def _explain(self, text: str) -> None:
        self.explanation.setText(text)
        # A wrapped label placed by alignment is given one line's height (the layout does
        # not ask its height for its width): size it for its width, or its end is cut.
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(520))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
        super().changeEvent(event)
