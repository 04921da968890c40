"""Capture in the window: import a calendar or mails (menu or drag and drop), and the unmatched
list where meetings and mails no account matched wait to be assigned.

Imports run in a child process (:mod:`cs_desktop.child_jobs`), all or nothing, like the other
imports; the status bar says what was written, and when some items matched no account it
offers the unmatched list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId
from ui.account.labels import kind_label
from ui.dates import datetime_text
from ui.tasks import ChangeHub, LongTask, TaskRunner, message_for
from ui.translation import translation_context

if TYPE_CHECKING:
    from cs_desktop.capture.importing import CaptureReport
    from cs_desktop.capture.unmatched import Assigned, UnmatchedRow

Capture = translation_context("Capture")

CALENDAR_SUFFIXES = (".ics",)
MAIL_SUFFIXES = (".eml", ".msg")


def source_of(path: Path) -> str | None:
    """``calendar`` or ``mail`` for a file the window can import by dropping it, else None."""
    suffix = path.suffix.lower()
    if suffix in CALENDAR_SUFFIXES:
        return "calendar"
    if suffix in MAIL_SUFFIXES or path.is_dir():
        return "mail"
    return None


def run_capture(
    window: QMainWindow,
    runner: TaskRunner,
    source: str,
    path: Path | list[Path],
    *,
    show_unmatched: Callable[[], object] | None = None,
    on_done: Callable[[CaptureReport], None] | None = None,
) -> LongTask:
    """Import the calendar or the mails at ``path`` in a child process; say what it wrote.

    Args:
        source: ``calendar`` (an .ics file) or ``mail`` (an .eml or .msg file, or a folder).
        path: the file or folder, or for mail several of them (imported as one).
        show_unmatched: opens the unmatched list, offered when items matched no account.
    """
    paths = path if isinstance(path, list) else [path]
    name = paths[0].name if len(paths) == 1 else Capture.tr("%n mail file(s)", "", len(paths))
    task = LongTask(Capture.tr("Importing %1").replace("%1", name))

    def work(_task: LongTask) -> CaptureReport:
        from cs_desktop.capture.importing import import_calendar, import_mail
        from cs_desktop.child_jobs import run_in_child

        job = import_calendar if source == "calendar" else import_mail
        report: CaptureReport = run_in_child(
            runner.store.path,
            job,
            {"path": path},
            progress=task.report,
            cancelled=task.is_cancelled,
        )
        return report

    def done(report: CaptureReport) -> None:
        window.statusBar().showMessage(report.format().splitlines()[0], 15_000)
        if report.unmatched and show_unmatched is not None:
            box = QMessageBox(window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(Capture.tr("Imported"))
            box.setText(
                Capture.tr(
                    "%1: %Ln item(s) matched no account and wait in the unmatched list.",
                    "",
                    report.unmatched,
                ).replace("%1", name)
            )
            box.setDetailedText(report.format())
            show = box.addButton(Capture.tr("Show the list"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.buttonClicked.connect(lambda button: show_unmatched() if button is show else None)
            box.open()
        if on_done is not None:
            on_done(report)

    def failed(error: Exception) -> None:
        from cs_desktop.child_jobs import JobCancelled

        if isinstance(error, JobCancelled):
            window.statusBar().showMessage(
                Capture.tr("Import cancelled; nothing was written"), 8000
            )
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(Capture.tr("Nothing was imported"))
        message = message_for(error)
        box.setText(message.splitlines()[0])
        if "\n" in message:
            box.setDetailedText(message)
        box.open()

    runner.run_long(
        task,
        work,
        done,
        failed,
        writes=True,
        changes_of=lambda _report: Changes(portfolio=True, touchpoints=True, health=True),
    )
    return task


class CaptureDrops(QObject):
    """Lets the window take .ics, .eml and .msg files (and folders of mails) dropped on it."""

    def __init__(
        self, window: QMainWindow, importer: Callable[[str, Path | list[Path]], object]
    ) -> None:
        super().__init__(window)
        self._importer = importer
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @staticmethod
    def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[tuple[str, Path]]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        found = []
        for url in mime.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                source = source_of(path)
                if source is not None:
                    found.append((source, path))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if self.dropped_files(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = self.dropped_files(event)
            if files:
                event.acceptProposedAction()
                # Mails dropped together are one import; each calendar is one.
                for source, path in files:
                    if source == "calendar":
                        self._importer(source, path)
                mails = [path for source, path in files if source == "mail"]
                if mails:
                    self._importer("mail", mails if len(mails) > 1 else mails[0])
                return True
        return super().eventFilter(watched, event)


class UnmatchedDialog(QDialog):
    """The meetings and mails no account matched: pick one, choose its account, Assign.

    Assigning turns the item into a touchpoint of that account (its people who are the
    account's stakeholders become attendees). The list follows imports and assignments made
    anywhere through the change hub.
    """

    def __init__(self, runner: TaskRunner, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: tuple[UnmatchedRow, ...] = ()
        self.accounts: list[tuple[AccountId, str]] = []
        self.setWindowTitle(self.tr("Unmatched meetings and mails"))
        self.intro = QLabel(
            self.tr(
                "These meetings and mails matched no account (or several equally). Choose the "
                "account they belong to and assign them: each becomes a touchpoint of that "
                "account. Dismiss what belongs to no customer (an internal meeting): importing "
                "it again will not bring it back."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("Title"), self.tr("People"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # A meeting's people run long: they get a fair share, the full list in the tooltip.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 340)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Unmatched meetings and mails"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes of the selected item"))
        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.setAccessibleName(self.tr("Account"))
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.empty = QLabel(
            self.tr("Nothing waits: every imported meeting and mail has its account.")
        )
        self.empty.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        assign_row = QHBoxLayout()
        account_label = QLabel(self.tr("A&ccount:"))
        account_label.setBuddy(self.account)
        assign_row.addWidget(account_label)
        assign_row.addWidget(self.account, 1)
        assign_row.addWidget(self.assign_button)
        assign_row.addSpacing(24)
        assign_row.addWidget(self.dismiss_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addLayout(assign_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        hub.changes_applied.connect(self._on_hub_changes_applied)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.read(self.tr("Unmatched meetings and mails"), _read_unmatched, self._show)

    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if changes.touchpoints or changes.portfolio:
            self.reload()

    def _show(self, read: tuple[tuple[UnmatchedRow, ...], list[tuple[AccountId, str]]]) -> None:
        rows, accounts = read
        selected = self.selected_row()
        self.rows, self.accounts = rows, accounts
        typed = self.account.currentText()
        self.account.blockSignals(True)
        self.account.clear()
        for account_id, name in accounts:
            self.account.addItem(name, account_id)
        self.account.setCurrentIndex(-1)
        self.account.setEditText(typed)
        self.account.blockSignals(False)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            people = ", ".join(p.shown() for p in row.people)
            cells = [
                datetime_text(row.occurred_at.astimezone()),
                kind_label(row.kind),
                row.title,
                people,
                row.source_file,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not rows)
        self.assign_button.setEnabled(bool(rows))
        self.dismiss_button.setEnabled(bool(rows))
        again = next((i for i, r in enumerate(rows) if selected and r.id == selected.id), 0)
        if rows:
            self.table.selectRow(again)
        else:
            self.notes.clear()

    def selected_rows(self) -> list[UnmatchedRow]:
        picked = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.rows[row] for row in picked if row < len(self.rows)]

    def selected_row(self) -> UnmatchedRow | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def _on_table_selection_changed(self) -> None:
        row = self.selected_row()
        self.error.hide()
        if row is None:
            return
        self.notes.setPlainText(row.notes)
        if row.candidates:
            index = self.account.findData(row.candidates[0])
            if index >= 0:
                self.account.setCurrentIndex(index)

    # -- assigning -------------------------------------------------------------------------
    def chosen_account(self) -> AccountId | None:
        index = self.account.findText(self.account.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        return AccountId(self.account.itemData(index))

    def assign_selected(self) -> None:
        """Assign every selected item to the chosen account, in one step."""
        rows = self.selected_rows()
        if not rows:
            return
        account_id = self.chosen_account()
        if account_id is None:
            self.error.setText(self.tr("Choose the account this item belongs to."))
            self.error.show()
            self.account.setFocus()
            return
        self.assign_button.setEnabled(False)
        self.error.hide()
        from cs_desktop.capture.unmatched import assign_unmatched

        item_ids = [row.id for row in rows]
        self.runner.write(
            self.tr("Assign to an account"),
            lambda session: [assign_unmatched(session, i, account_id) for i in item_ids],
            self._on_assigned,
            self._on_assign_failed,
            changes_of=_changes_of_assigned,
        )

    def dismiss_selected(self) -> QMessageBox | None:
        """Ask, then take the selected items off the list for good."""
        rows = self.selected_rows()
        if not rows:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Dismiss"))
        box.setText(
            self.tr(
                "Dismiss %n item(s)? They belong to no customer and leave the list; importing "
                "them again will not bring them back.",
                "",
                len(rows),
            )
        )
        dismiss = box.addButton(self.tr("Dismiss"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        item_ids = [row.id for row in rows]

        def chosen(button: object) -> None:
            if button is not dismiss:
                return
            from cs_desktop.capture.unmatched import dismiss_unmatched

            self.runner.write(
                self.tr("Dismiss"),
                lambda session: dismiss_unmatched(session, item_ids),
                lambda _count: None,
                self._on_assign_failed,
                changes_of=lambda _count: Changes(touchpoints=True),
            )

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def _on_assigned(self, _assigned: list[Assigned]) -> None:
        self.assign_button.setEnabled(True)
        self.account.setEditText("")

    def _on_assign_failed(self, error: Exception) -> None:
        self.assign_button.setEnabled(True)
        self.error.setText(self.tr("Not assigned: %1").replace("%1", message_for(error)))
        self.error.show()
        self.reload()


def _changes_of_assigned(assigned: list[Assigned]) -> Changes:
    changes = Changes(touchpoints=True)
    for one in assigned:
        changes = changes | one.changes
    return changes


def _read_unmatched(
    connection: Any,
) -> tuple[tuple[UnmatchedRow, ...], list[tuple[AccountId, str]]]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from cs_desktop.capture.unmatched import list_unmatched
    from cs_desktop.models import Account

    with Session(bind=connection) as session:
        rows = list_unmatched(session)
        accounts = [
            (AccountId(id_), name)
            for id_, name in session.execute(
                select(Account.id, Account.name)
                .where(Account.archived_at.is_(None))
                .order_by(Account.name, Account.id)
            )
        ]
    return rows, accounts
