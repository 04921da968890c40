"""The conflict queue: fields both this computer and the CRM changed since the last sync.

For the selected conflict the last synced value, mine and theirs stand side by side; Keep mine,
Keep theirs or Edit… settles it through :func:`cs_desktop.sync.resolve.resolve_conflict` on the
writer thread, and the next sync sends the outcome. Notes are never merged automatically: the
user keeps one version or edits them into one. A record deleted on one side and edited on the
other is kept deleted or restored (:mod:`cs_desktop.sync.deletions`): the two buttons then say
which, and there is no value to edit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.vocabulary import Stage
from ui.account.labels import stage_label
from ui.dates import ENTRY_MINUTE, datetime_text
from ui.sync.controller import SyncController, real_store
from ui.tasks import LongTask, message_for
from ui.translation import Words, is_language_change, translation_context

if TYPE_CHECKING:
    from cs_desktop.sync.resolve import Choice
    from cs_desktop.sync.status import ConflictItem

ConflictText = translation_context("ConflictText")
VALUES_ROW, STRETCH_ROW = 2, 4  # in the detail pane: heading, explanation, values, buttons


def field_label(field: str) -> str:
    labels = {
        "name": ConflictText.tr("Name"),
        "domain": ConflictText.tr("Domain"),
        "stage": ConflictText.tr("Stage"),
        "title": ConflictText.tr("Title"),
        "email": ConflictText.tr("Email"),
        "phone": ConflictText.tr("Phone"),
        "notes": ConflictText.tr("Notes"),
        "occurred_at": ConflictText.tr("Date and time"),
        "tier": ConflictText.tr("Tier"),
        "segment": ConflictText.tr("Segment"),
        "owner": ConflictText.tr("Owner"),
        "arr": ConflictText.tr("ARR"),
        "currency": ConflictText.tr("Currency"),
        "contract_start": ConflictText.tr("Contract start"),
        "renewal_date": ConflictText.tr("Renewal date"),
        "role": ConflictText.tr("Role"),
        "active": ConflictText.tr("Active"),
        "kind": ConflictText.tr("Kind"),
        "product_satisfied": ConflictText.tr("Satisfied with the product"),
        "service_satisfied": ConflictText.tr("Satisfied with the service"),
        "customer_statement": ConflictText.tr("Customer statement"),
        "inferred_need": ConflictText.tr("Inferred need"),
        "next_steps": ConflictText.tr("Next steps"),
        "other_attendees": ConflictText.tr("Other attendees"),
        "due": ConflictText.tr("Due"),
        "done": ConflictText.tr("Done"),
        "source_playbook": ConflictText.tr("Playbook"),
        "period_start": ConflictText.tr("Period start"),
        "period_end": ConflictText.tr("Period end"),
        "arr_before": ConflictText.tr("ARR before"),
        "arr_after": ConflictText.tr("ARR after"),
        "outcome": ConflictText.tr("Outcome"),
        "reason": ConflictText.tr("Reason"),
        "reason_note": ConflictText.tr("Reason note"),
        "expected_outcome": ConflictText.tr("Expected outcome"),
        "probability": ConflictText.tr("Probability"),
        "expected_arr": ConflictText.tr("Expected ARR"),
        "note": ConflictText.tr("Note"),
        "summary": ConflictText.tr("Summary"),
        "agreed_with": ConflictText.tr("Agreed with"),
        "agreed_on": ConflictText.tr("Agreed on"),
        "goal": ConflictText.tr("Goal"),
        "horizon_months": ConflictText.tr("Horizon (months)"),
        "status": ConflictText.tr("Status"),
        "target_date": ConflictText.tr("Target date"),
        "measure": ConflictText.tr("Measure"),
        "measured_value": ConflictText.tr("Measured value"),
        "achieved_on": ConflictText.tr("Achieved on"),
        "position": ConflictText.tr("Position"),
        "step": ConflictText.tr("Step"),
        "done_on": ConflictText.tr("Done on"),
        "plan": ConflictText.tr("Plan"),
        "*deleted*": ConflictText.tr("Deleted on one side"),
    }
    return labels.get(field, field.replace("_", " ").capitalize())


def entity_label(entity: str) -> str:
    labels = {
        "company": ConflictText.tr("Account"),
        "contact": ConflictText.tr("Stakeholder"),
        "touchpoint": ConflictText.tr("Touchpoint"),
        "task": ConflictText.tr("Task"),
        "renewal": ConflictText.tr("Renewal"),
        "forecast": ConflictText.tr("Renewal forecast"),
        "plan": ConflictText.tr("Success plan"),
        "goal": ConflictText.tr("Plan goal"),
        "milestone": ConflictText.tr("Plan milestone"),
        "link": ConflictText.tr("Link"),
    }
    return labels.get(entity, "")


def empty_value() -> str:
    return ConflictText.tr("(empty)")


def shown_value(field: str, value: str | None) -> str:
    """A stored value as the user reads it (local time for dates, a name for stages)."""
    if value is None or value == "":
        return empty_value()
    if field == "occurred_at":
        try:
            instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return datetime_text(instant)
    if field == "stage":
        try:
            return stage_label(Stage(value))
        except ValueError:
            return value
    return value


def conflict_title(item: ConflictItem) -> str:
    record = item.record or empty_value()
    if item.entity.value == "company" or not item.account_name:
        return f"{record} · {field_label(item.field)}"
    return f"{item.account_name} · {record} · {field_label(item.field)}"


class ValueEditor(QDialog):
    """Edit… : the value to keep, prefilled with mine; several lines for a note's text."""

    def __init__(self, item: ConflictItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Edit the value to keep"))
        prompt = QLabel(
            self.tr("The value to keep for %1; the next sync sends it to the CRM.").replace(
                "%1", conflict_title(item)
            )
        )
        prompt.setWordWrap(True)
        self.editor: QLineEdit | QPlainTextEdit | QComboBox | QDateTimeEdit
        start = item.local or ""
        if item.is_text:
            self.editor = QPlainTextEdit(start)
            self.editor.setTabChangesFocus(True)
            self.resize(620, 420)
        elif item.field == "stage":
            self.editor = QComboBox()
            for stage in Stage:
                self.editor.addItem(stage_label(stage), stage.value)
            self.editor.setCurrentIndex(max(0, self.editor.findData(start)))
        elif item.field == "occurred_at" and start:
            self.editor = QDateTimeEdit(QDateTime.fromString(start, Qt.DateFormat.ISODateWithMs))
            self.editor.setDateTime(self.editor.dateTime().toLocalTime())
            self.editor.setCalendarPopup(True)
            self.editor.setDisplayFormat(ENTRY_MINUTE)  # typed: ISO on purpose (ui.dates)
        else:
            self.editor = QLineEdit(start)
            self.resize(480, self.sizeHint().height())
        self.editor.setAccessibleName(self.tr("Value to keep"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def value(self) -> str | None:
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        if isinstance(editor, QDateTimeEdit):
            chosen = editor.dateTime().toUTC().toSecsSinceEpoch()
            instant = datetime.fromtimestamp(chosen, tz=UTC)
            return instant.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        text = editor.text().strip()
        return text or None


class ConflictQueueDialog(QDialog):
    """Every open conflict, one at a time.

    Signals:
        conflicts_shown: the list was (re)read and is on screen.
        resolved(int): a conflict was settled (its id).
    """

    conflicts_shown = Signal()
    resolved = Signal(int)

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = controller.runner
        self.items: list[ConflictItem] = []
        self.editor: ValueEditor | None = None
        self._resolving = False
        self._last_resolution = ""  # shown with the count once the list is read again
        self._shown: ConflictItem | None = None  # the conflict the detail pane shows
        words = self.words = Words()
        words.bind(self.setWindowTitle, lambda: self.tr("Sync conflicts"))
        self.resize(980, 560)

        self.list = QListWidget()
        words.bind(self.list.setAccessibleName, lambda: self.tr("Open conflicts"))
        self.list.setMinimumWidth(260)
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        words.bind(self.heading.setAccessibleName, lambda: self.tr("Selected conflict"))
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.base_view = self._value_view()
        words.bind(self.base_view.setAccessibleName, lambda: self.tr("Last synced value"))
        self.mine_view = self._value_view()
        words.bind(self.mine_view.setAccessibleName, lambda: self.tr("Mine, on this computer"))
        self.theirs_view = self._value_view()
        words.bind(self.theirs_view.setAccessibleName, lambda: self.tr("Theirs, in the CRM"))
        values = QGridLayout()
        for column, (caption, view) in enumerate(
            (
                (lambda: self.tr("Last synced"), self.base_view),
                (lambda: self.tr("Mine (this computer)"), self.mine_view),
                (lambda: self.tr("Theirs (CRM)"), self.theirs_view),
            )
        ):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet("font-weight: bold;")
            words.bind(label.setText, caption)
            label.setBuddy(view)
            values.addWidget(label, 0, column)
            values.addWidget(view, 1, column)
            values.setColumnStretch(column, 1)

        self.keep_mine_button = QPushButton()
        self.keep_theirs_button = QPushButton()
        self.edit_button = QPushButton()
        words.bind(self.keep_mine_button.setText, lambda: self.tr("Keep &mine"))
        words.bind(self.keep_theirs_button.setText, lambda: self.tr("Keep &theirs"))
        words.bind(self.edit_button.setText, lambda: self.tr("&Edit…"))
        words.bind(self.keep_mine_button.setAccessibleName, lambda: self.tr("Keep my value"))
        words.bind(
            self.keep_theirs_button.setAccessibleName, lambda: self.tr("Keep the CRM's value")
        )
        words.bind(self.edit_button.setAccessibleName, lambda: self.tr("Edit the value to keep"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            button.setAutoDefault(False)  # Enter must not settle a conflict by accident
            actions.addWidget(button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.explanation)
        detail_layout.addLayout(values)
        detail_layout.addLayout(actions)
        detail_layout.addStretch(1)
        self.detail = detail
        self._detail_layout = detail_layout

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])

        self.status = QLabel()
        words.bind(self.status.setAccessibleName, lambda: self.tr("Conflict queue status"))
        self.status.setWordWrap(True)
        close = QPushButton()
        words.bind(close.setText, lambda: self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        self.edit_button.clicked.connect(self.edit)
        controller.sync_finished.connect(self.reload)
        # An edit made while the queue is open changes what "mine" is: show it.
        self.runner.hub.changes_applied.connect(self._on_hub_changes_applied)
        self._show(None)
        self.reload()

    def _value_view(self) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        return view

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self._on_read(self.items)
        super().changeEvent(event)

    # -- the list ----------------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        def read(connection: Any) -> list[ConflictItem]:
            from cs_desktop.sync.status import open_conflicts

            return open_conflicts(connection)

        self.runner.read(self.tr("Read sync conflicts"), read, self._on_read)

    def _on_read(self, items: list[ConflictItem]) -> None:
        current = self.current()
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(
                f"{conflict_title(item)}\n{entity_label(item.entity.value)}"
                f" · {datetime_text(item.detected_at)}"
            )
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, conflict_title(item))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        ids = [item.id for item in items]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if items:
            self.list.setCurrentRow(row)
            self._show(items[row])
            left = self.tr("%Ln conflict(s) to resolve", "", len(items))
        else:
            self._show(None)
            left = self.tr("No conflicts left.")
        self.status.setText(" ".join(part for part in (self._last_resolution, left) if part))
        self._last_resolution = ""
        self.conflicts_shown.emit()

    def _on_hub_changes_applied(self, _changes: object) -> None:
        if not self._resolving:  # a resolution reads the list again once it is done
            self.reload()

    def current(self) -> ConflictItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show(self.current())

    def _show(self, item: ConflictItem | None) -> None:
        self._shown = item
        views = (self.base_view, self.mine_view, self.theirs_view)
        if item is None:
            self.heading.setText(self.tr("Nothing to resolve"))
            self.explanation.setText(
                self.tr(
                    "When a sync finds a field changed both here and in the CRM, it waits here."
                )
            )
            for view in views:
                view.clear()
            self._enable(False)
            return
        self.heading.setText(conflict_title(item))
        self._label_buttons(item)
        if item.is_delete:
            self.explanation.setText(
                self.tr(
                    "This record was deleted on this computer and edited in the CRM since the "
                    "last sync. Keep it deleted (the next sync deletes it in the CRM too), or "
                    "restore the CRM's version (the next sync brings it back here)."
                )
                if item.deleted_here
                else self.tr(
                    "This record was edited on this computer and deleted in the CRM since the "
                    "last sync. Restore it with your edit (the next sync creates it in the CRM "
                    "again), or keep it deleted (it is deleted here too)."
                )
            )
        elif item.is_text:
            self.explanation.setText(
                self.tr(
                    "Both sides changed this note since the last sync. Notes are never merged "
                    "automatically: keep one version, or Edit… to write the one to keep."
                )
            )
        else:
            self.explanation.setText(
                self.tr("Both sides changed this field since the last sync. Which value stays?")
            )
        # A note gets the room of the pane; a one-line value a box of a few lines, with the
        # buttons right under it.
        height = 16_777_215 if item.is_text else self.fontMetrics().lineSpacing() * 4
        self._detail_layout.setStretch(VALUES_ROW, 1 if item.is_text else 0)
        self._detail_layout.setStretch(STRETCH_ROW, 0 if item.is_text else 1)
        for view, value in zip(views, self._values(item), strict=True):
            view.setPlainText(value)
            view.setMaximumHeight(height)
        self._enable(not self._resolving)

    def _values(self, item: ConflictItem) -> tuple[str, str, str]:
        """The last synced, mine and theirs, as the panes show them."""
        if not item.is_delete:
            return (
                shown_value(item.field, item.base),
                shown_value(item.field, item.local),
                shown_value(item.field, item.remote),
            )
        exists = self.tr("%1, on both sides").replace("%1", item.record or empty_value())
        if item.deleted_here:
            return exists, self.tr("Deleted"), self.tr("Edited")
        return exists, self.tr("Edited"), self.tr("Deleted")

    def _label_buttons(self, item: ConflictItem) -> None:
        """Keep mine and Keep theirs, or what each means for a deletion."""
        if not item.is_delete:
            mine, theirs = self.tr("Keep &mine"), self.tr("Keep &theirs")
            mine_name, theirs_name = self.tr("Keep my value"), self.tr("Keep the CRM's value")
        elif item.deleted_here:
            mine, theirs = self.tr("Keep it &deleted"), self.tr("&Restore the CRM's version")
            mine_name, theirs_name = mine.replace("&", ""), theirs.replace("&", "")
        else:
            mine, theirs = self.tr("&Restore with my edit"), self.tr("Keep it &deleted")
            mine_name, theirs_name = mine.replace("&", ""), theirs.replace("&", "")
        self.keep_mine_button.setText(mine)
        self.keep_theirs_button.setText(theirs)
        self.keep_mine_button.setAccessibleName(mine_name)
        self.keep_theirs_button.setAccessibleName(theirs_name)

    def _enable(self, enabled: bool) -> None:
        deletion = self._shown is not None and self._shown.is_delete
        self.keep_mine_button.setEnabled(enabled)
        self.keep_theirs_button.setEnabled(enabled)
        # A deletion is kept or undone: it has no value to edit.
        self.edit_button.setEnabled(enabled and not deletion)
        self.edit_button.setVisible(not deletion)

    # -- resolving ---------------------------------------------------------------------------
    def keep_mine(self) -> None:
        self._resolve("mine")

    def keep_theirs(self) -> None:
        self._resolve("theirs")

    def edit(self) -> ValueEditor | None:
        """Open the editor (not modal: the queue stays readable); OK resolves."""
        item = self.current()
        if item is None or item.is_delete:
            return None
        editor = ValueEditor(item, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._resolve("edit", editor.value(), item))
        editor.finished.connect(lambda _code: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _resolve(
        self, choice: Choice, value: str | None = None, item: ConflictItem | None = None
    ) -> None:
        target: ConflictItem | None = item or self.current()
        if target is None or self._resolving:
            return
        from_store = self.runner.store
        conflict_id = target.id

        def work(_task: LongTask) -> None:
            from cs_desktop.sync.resolve import resolve_conflict

            resolve_conflict(real_store(from_store), conflict_id, choice, value)

        def changes(_result: None) -> Any:
            from cs_desktop.sync.status import resolution_changes

            return resolution_changes(target)

        def done(_result: None) -> None:
            self._resolving = False
            if target.is_delete:
                kept_deleted = (choice == "mine") == target.deleted_here
                kept = self.tr("kept deleted") if kept_deleted else self.tr("restored")
            else:
                kept = {"mine": self.tr("kept mine"), "theirs": self.tr("kept theirs")}.get(
                    choice, self.tr("kept the edited value")
                )
            self._last_resolution = f"{conflict_title(target)}: {kept}."
            self.resolved.emit(conflict_id)
            self.reload()

        def failed(error: Exception) -> None:
            self._resolving = False
            self._last_resolution = message_for(error)
            self.reload()

        self._resolving = True
        self._enable(False)
        task = LongTask(self.tr("Resolving a sync conflict"), cancellable=False)
        self.runner.run_long(task, work, done, failed, writes=True, changes_of=changes)
