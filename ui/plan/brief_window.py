"""The meeting brief in a window: the page the PDF prints, readable at once, and saved on demand.

The brief is read and laid out on a reader thread (:func:`cs_desktop.plan.brief.load_brief`);
the window shows the same HTML the PDF is rendered from, and writes the PDF on a worker.
"""

from __future__ import annotations

from concurrent.futures import Future
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from cs_desktop.i18n import Lang, current_language
from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.plan.brief import brief_document, brief_file_name, load_brief
from cs_desktop.plan.document import PlanDocument
from ui.plan.pdf_writer import render_plan_pdf
from ui.plan.plan_html import plan_html
from ui.tasks import TaskRunner

SETTINGS_FOLDER = "plan/folder"


class MeetingBriefWindow(QDialog):
    """One account's brief, for its next meeting or for ``meeting_id``. Not modal."""

    loaded = Signal(object)  # PlanDocument, once shown

    def __init__(
        self,
        runner: TaskRunner,
        account_id: AccountId,
        *,
        meeting_id: TouchpointId | None = None,
        settings: QSettings | None = None,
        lang: Lang | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.account_id, self.meeting_id = runner, account_id, meeting_id
        self.settings = settings or QSettings()
        self.lang: Lang = lang or current_language()
        self.today = today or date.today()
        self.document: PlanDocument | None = None
        self.setWindowTitle(self.tr("Meeting brief"))
        self.status = QLabel(self.tr("Reading the account…"))
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Meeting brief"))
        self.page.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(860, 900)
        self._load()

    def _load(self) -> None:
        account_id, meeting_id, today, lang = (
            self.account_id,
            self.meeting_id,
            self.today,
            self.lang,
        )

        def work(connection: Connection) -> PlanDocument:
            brief = load_brief(connection, account_id, today=today, meeting_id=meeting_id)
            return brief_document(brief, lang)

        self.runner.read(self.tr("Meeting brief"), work, self._show, self._failed)

    def _show(self, document: PlanDocument) -> None:
        if not shiboken6.isValid(self):  # closed before the brief was read
            return
        self.document = document
        self.setWindowTitle(self.tr("Meeting brief: %1").replace("%1", document.account_name))
        self.page.setHtml(plan_html(document))
        self.status.hide()
        self.save_button.setEnabled(True)
        self.loaded.emit(document)

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.status.setText(self.tr("The brief could not be read: %1").replace("%1", str(error)))

    def save_pdf(self, path: Path | None = None) -> Future[Path] | None:
        """Write the brief as a one-page PDF (asks for the file unless given), off the GUI thread.

        Returns the running job, or None before the brief is read or when the user cancelled.
        """
        document = self.document
        if document is None:
            return None
        if path is None:
            folder = Path(str(self.settings.value(SETTINGS_FOLDER, str(Path.home()))))
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save meeting brief"),
                str(folder / brief_file_name(document.account_name, self.today)),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.settings.setValue(SETTINGS_FOLDER, str(path.parent))
        target = path

        def written(done: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self.status.setText(self.tr("Brief written to %1").replace("%1", str(done)))
            self.status.show()

        return self.runner.background(
            self.tr("Save meeting brief"),
            lambda: render_plan_pdf(document, target),
            written,
        )
