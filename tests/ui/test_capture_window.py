"""Capture in the window: import a calendar (menu or drop), the unmatched list, note templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from cs_desktop.capture.importing import import_calendar
from cs_desktop.capture.inbox import UnmatchedItem
from cs_desktop.capture.templates import QUESTION_MARK, load_templates
from cs_desktop.models import Touchpoint, TouchpointKind
from tests.support.capture_files import calendar, capture_book, event, write
from ui.account.touchpoint_capture import TouchpointCaptureDialog
from ui.main.capture import UnmatchedDialog
from ui.main.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    windows: list[MainWindow] = []

    def make(store) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.portfolio_loaded, timeout=10_000):
            window.show()
        return window

    yield make
    for window in windows:
        window.runner.shutdown()


def _count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _week(tmp_path: Path) -> Path:
    return write(
        tmp_path / "week.ics",
        calendar(
            event("t", ";TZID=Asia/Tokyo:20260302T100000", "定例会議", ["taro@tokyo-tech.co.jp"]),
            event("p", ":20260303T010000Z", "Prospect lunch", ["ceo@prospect.example"]),
        ),
    )


@pytest.mark.slow
def test_a_calendar_dropped_on_the_window_is_imported_and_its_stray_meeting_listed(
    qtbot, make_window, store, tmp_path
) -> None:
    capture_book(store)
    window = make_window(store)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_week(tmp_path))), QUrl.fromLocalFile("/tmp/x.txt")])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only during a real drag: the window's drop filter gets it directly.
    assert window.drops.eventFilter(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: _count(store, Touchpoint) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "1 item matched no account" in box.text()
    assert _count(store, UnmatchedItem) == 1
    show = next(b for b in box.buttons() if b.text() == "Show the list")
    show.click()
    dialog = window._unmatched.current
    assert isinstance(dialog, UnmatchedDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "Prospect lunch"


def test_assigning_an_unmatched_meeting_makes_it_a_touchpoint(qtbot, store, tmp_path) -> None:
    from ui.tasks import ChangeHub, TaskRunner

    accounts = capture_book(store)
    import_calendar(store, _week(tmp_path))
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    dialog = UnmatchedDialog(runner, hub)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert dialog.selected_row() is not None
        dialog.account.setEditText("")
        dialog.assign_selected()
        assert dialog.error.text() == "Choose the account this item belongs to."
        dialog.account.setEditText("london retail")  # any case
        dialog.assign_selected()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
        assert dialog.empty.isVisibleTo(dialog)
        with store.read() as session:
            lunch = session.scalars(
                select(Touchpoint).where(Touchpoint.title == "Prospect lunch")
            ).one()
        assert lunch.account_id == accounts["london"]
        assert _count(store, UnmatchedItem) == 0
    finally:
        runner.shutdown()


def test_a_note_template_fills_kind_title_and_questions(qtbot, store) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.tasks import ChangeHub, TaskRunner

    accounts = capture_book(store)
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    dialog = TouchpointCaptureDialog(accounts["tokyo"], (), runner, QUndoStack())
    qtbot.addWidget(dialog)
    try:
        names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
        assert names == ["None", "Kickoff", "Onboarding check", "QBR", "Renewal call", "Escalation"]
        qbr = names.index("QBR")
        dialog.notes.setPlainText("Agenda sent the day before.")
        dialog.template.setCurrentIndex(qbr)
        dialog.template.activated.emit(qbr)
        dialog.template.activated.emit(qbr)  # twice: the questions are there once
        assert dialog.kind.currentData() == TouchpointKind.QBR
        assert dialog.title.text() == "Quarterly business review"
        notes = dialog.notes.toPlainText()
        assert notes.startswith("Agenda sent the day before.\n\n" + QUESTION_MARK)
        template = next(t for t in load_templates() if t.key == "qbr")
        assert notes.count(QUESTION_MARK) == len(template.questions)
        assert "Satisfied with our service?" in notes
    finally:
        runner.shutdown()


def test_dismissing_takes_the_selected_items_off_the_list(qtbot, store, tmp_path) -> None:
    from ui.tasks import ChangeHub, TaskRunner

    capture_book(store)
    path = write(
        tmp_path / "internal.ics",
        calendar(
            event("a", ":20260302T010000Z", "Team sync", ["colleague@ourcompany.example"]),
            event("b", ":20260303T010000Z", "Planning", ["colleague@ourcompany.example"]),
            event("c", ":20260304T010000Z", "Prospect lunch", ["ceo@prospect.example"]),
        ),
    )
    import_calendar(store, path)
    hub = ChangeHub()
    runner = TaskRunner(store, hub)
    dialog = UnmatchedDialog(runner, hub)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
        dialog.table.clearSelection()
        for row in range(3):
            if dialog.table.item(row, 2).text() in ("Team sync", "Planning"):
                dialog.table.selectionModel().select(
                    dialog.table.model().index(row, 0),
                    dialog.table.selectionModel().SelectionFlag.Select
                    | dialog.table.selectionModel().SelectionFlag.Rows,
                )
        box = dialog.dismiss_selected()
        assert box is not None
        assert box.text().startswith("Dismiss 2 items?")
        next(b for b in box.buttons() if b.text() == "Dismiss").click()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert dialog.table.item(0, 2).text() == "Prospect lunch"
        assert _count(store, UnmatchedItem) == 3  # kept, so a re-import skips them
    finally:
        runner.shutdown()
