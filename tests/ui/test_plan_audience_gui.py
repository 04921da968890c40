"""In the app: the export dialog asks for the audience and previews, touchpoints are marked
internal, and the meeting brief opens from the workspace and saves one page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from cs_desktop.account_detail import load_account_detail
from cs_desktop.cli import build_parser, run
from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.plan.audience import Audience, PlanPart
from tests.support.internal_notes import (
    AGREED_STEP,
    INTERNAL_TEXTS,
    MEETING_TITLE,
    InternalAccount,
    add_account_with_internal_notes,
)
from ui.account.touchpoint_capture import TouchpointCaptureDialog
from ui.account.touchpoint_model import Column, TouchpointTableModel
from ui.plan.brief_cli import COMMAND as BRIEF
from ui.plan.brief_cli import add_brief_command, run_brief
from ui.plan.brief_window import MeetingBriefWindow
from ui.plan.cli import COMMAND as EXPORT_PLAN
from ui.plan.cli import add_export_plan_command, run_export_plan
from ui.plan.export import ExportOptions, PlanExportDialog
from ui.tasks import ChangeHub, TaskRunner


@pytest.fixture
def made(store: Store) -> InternalAccount:
    return add_account_with_internal_notes(store)


@pytest.fixture
def runner(store: Store):
    made = TaskRunner(store, ChangeHub())
    yield made
    made.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_dialog_starts_at_the_customer_and_offers_only_its_sections(
    qtbot, settings: QSettings
) -> None:
    dialog = PlanExportDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.customer.isChecked()
    shown = {part for part, box in dialog.section_boxes.items() if box.isVisible()}
    assert PlanPart.HEALTH not in shown and PlanPart.TASKS not in shown
    assert PlanPart.NEXT_STEPS in shown
    dialog.section_boxes[PlanPart.RENEWALS].setChecked(False)
    options = dialog.options()
    assert options.audience is Audience.CUSTOMER
    assert PlanPart.RENEWALS not in (options.parts or ())
    dialog.internal.setChecked(True)
    shown = {part for part, box in dialog.section_boxes.items() if box.isVisible()}
    assert {PlanPart.HEALTH, PlanPart.RISKS, PlanPart.TOUCHPOINTS, PlanPart.TASKS} <= shown
    assert dialog.options().audience is Audience.INTERNAL
    dialog.accept()
    again = PlanExportDialog(settings)  # the audience is never carried over
    qtbot.addWidget(again)
    assert again.options().audience is Audience.CUSTOMER


def test_the_dialog_previews_the_pages_before_saving(
    qtbot, made: InternalAccount, runner: TaskRunner, settings: QSettings
) -> None:
    dialog = PlanExportDialog(settings, runner=runner, account_id=made.account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview_pages.count() > 0, timeout=20_000)
    customer_pages = dialog.preview_pages.count()
    assert dialog.rendered is not None and len(dialog.rendered.pages) == customer_pages
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.rendered.pdf)).pages)
    assert INTERNAL_TEXTS[0] not in " ".join(text.split())
    dialog.internal.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview_pages.count() > customer_pages, timeout=20_000)
    assert "page" in dialog.preview_status.text()


def test_a_touchpoint_can_be_marked_internal(qtbot, store: Store, runner: TaskRunner) -> None:
    dialog = TouchpointCaptureDialog(AccountId(1), (), runner, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.draft().internal
    qtbot.mouseClick(dialog.internal, Qt.MouseButton.LeftButton)
    assert dialog.draft().internal


def test_the_brief_window_shows_the_page_and_saves_it(
    qtbot, made: InternalAccount, runner: TaskRunner, settings: QSettings, tmp_path: Path
) -> None:
    window = MeetingBriefWindow(runner, made.account_id, settings=settings, lang="en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    shown = window.page.toPlainText()
    assert MEETING_TITLE in shown and "Health and why it moved" in shown
    assert "Kenji Tanaka" in shown
    job = window.save_pdf(tmp_path / "brief.pdf")
    assert job is not None
    qtbot.waitUntil(job.done, timeout=20_000)
    assert len(PdfReader(job.result()).pages) == 1


def _command(add, name: str, handler, *args: str) -> tuple[int, str, str]:
    parser = build_parser(add)
    out, err = io.StringIO(), io.StringIO()
    code = run(parser.parse_args(list(args)), out, err, more_commands={name: handler})
    return code, out.getvalue(), err.getvalue()


def test_export_plan_is_for_the_customer_unless_told(
    qapp, store: Store, made: InternalAccount, tmp_path: Path
) -> None:
    db = ("--db", str(store.path))
    code, out, err = _command(
        add_export_plan_command, EXPORT_PLAN, run_export_plan,
        *db, "export-plan", "Tokyo Tech", "--out", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert code == 0, err
    assert "for the customer" in out
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages).split())
    assert AGREED_STEP in text and INTERNAL_TEXTS[0] not in text
    code, out, err = _command(
        add_export_plan_command, EXPORT_PLAN, run_export_plan,
        *db, "export-plan", "Tokyo Tech", "--audience", "internal", "--without", "health",
        "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 0, err
    (internal,) = tmp_path.glob("*-plan-internal-*.pdf")
    text = " ".join("".join(p.extract_text() for p in PdfReader(internal).pages).split())
    assert INTERNAL_TEXTS[0] in text and "Health score" not in text


def test_the_brief_command_writes_one_page(
    qapp, store: Store, made: InternalAccount, tmp_path: Path
) -> None:
    db = ("--db", str(store.path))
    out_file = tmp_path / "brief.pdf"
    code, out, err = _command(
        add_brief_command, BRIEF, run_brief, *db, "brief", "Tokyo Tech", "--out", str(out_file)
    )
    assert code == 0, err
    assert str(out_file) in out
    assert len(PdfReader(out_file).pages) == 1
    code, _out, err = _command(
        add_brief_command, BRIEF, run_brief, *db, "brief", "Tokyo Tech", "--meeting", "999999"
    )
    assert code == 1 and "not a meeting of this account" in err


def test_export_options_default_to_the_customer() -> None:
    assert ExportOptions("en", "A4").audience is Audience.CUSTOMER


def test_the_log_marks_internal_touchpoints(qapp, store: Store, made: InternalAccount) -> None:
    with store.engine.connect() as connection:
        rows = load_account_detail(connection, made.account_id).recent_touchpoints
    model = TouchpointTableModel()
    model.set_rows(rows)
    kinds = {
        model.row_data(row).title: model.data(model.index(row, Column.KIND))
        for row in range(model.rowCount())
    }
    assert kinds[INTERNAL_TEXTS[8]] == "Note (internal)"
    assert kinds["Escalation call"] == "Call"


def test_closing_the_windows_before_their_work_ends_is_harmless(
    qtbot, made: InternalAccount, runner: TaskRunner, settings: QSettings
) -> None:
    brief = MeetingBriefWindow(runner, made.account_id, settings=settings, lang="en")
    brief.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    brief.show()
    brief.close()
    dialog = PlanExportDialog(settings, runner=runner, account_id=made.account_id)
    dialog.show()
    dialog._render_preview()  # at once, without waiting for the typing pause
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=20_000)
