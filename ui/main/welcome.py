"""What an empty store shows: start from a sample portfolio or import your accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    sample_requested = Signal()
    import_requested = Signal()
    new_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your portfolio is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "Start with a sample portfolio to explore CS Desktop, import your accounts "
                "from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add "
                "your first account by hand."
            )
        )
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A wrapped label placed by alignment is given one line's height (the layout does
        # not ask its height for its width): size it for its width, or its end is cut.
        explanation.setFixedWidth(520)
        explanation.setMinimumHeight(explanation.heightForWidth(520))
        self.sample_button = QPushButton(self.tr("Open a sample portfolio"))
        self.sample_button.setAccessibleName(self.tr("Open a sample portfolio"))
        self.import_button = QPushButton(self.tr("Import from CSV/XLSX…"))
        self.import_button.setAccessibleName(self.tr("Import accounts from CSV or XLSX"))
        self.new_account_button = QPushButton(self.tr("New account…"))
        self.new_account_button.setAccessibleName(self.tr("Create an account"))
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
