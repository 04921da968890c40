"""One account's workspace tab: header, health trajectory, touchpoints, plan, people, tasks.

Threads: every read and write goes through the :class:`TaskRunner`; this widget only turns
:class:`AccountDetail` DTOs into widgets, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from cs_desktop.account_detail import (
    AccountDetail,
    AccountNotFoundError,
    RenewalRow,
    RiskRow,
    StakeholderRow,
    load_account_detail,
)
from cs_desktop.book.touchpoints import delete_touchpoint
from cs_desktop.changes import Changes
from cs_desktop.ids import AccountId, TaskId, TouchpointId
from cs_desktop.my_day import Place
from cs_desktop.vocabulary import Stage
from ui.account import renewal_form, risk_form, stakeholder_form
from ui.account.account_form import AccountFormDialog, set_archived
from ui.account.chart_data import ChartData, ScoreTrajectory, chart_data_from_detail
from ui.account.empty_state import empty_label
from ui.account.header import AccountHeaderBar
from ui.account.health_chart import QtHealthChart
from ui.account.renewal_form import ForecastFormDialog, RenewalFormDialog, closing_values
from ui.account.renewals_panel import RenewalsPanel
from ui.account.risk_form import RiskFormDialog
from ui.account.risks_panel import RisksPanel
from ui.account.stage_note_dialog import StageNoteDialog
from ui.account.stakeholder_form import StakeholderFormDialog
from ui.account.stakeholders_panel import StakeholdersPanel
from ui.account.success_plan_panel import SuccessPlanPanel
from ui.account.tasks_panel import TasksPanel
from ui.account.touchpoint_capture import TouchpointCaptureDialog
from ui.account.touchpoint_edit import TouchpointEditDialog
from ui.account.touchpoint_log import TouchpointLog
from ui.operations import mark_task_done, move_stage, save_records
from ui.tasks import ChangeHub, TaskRunner, message_for
from ui.translation import Words, is_language_change, number

TOUCHPOINT_PAGE = 100


def touchpoints_through(
    connection: Connection, account_id: AccountId, touchpoint_id: TouchpointId
) -> int | None:
    """How many of the account's touchpoints are as new as this one or newer (None: not its)."""
    found = connection.exec_driver_sql(
        "SELECT occurred_at FROM touchpoint WHERE id = ? AND account_id = ?",
        (touchpoint_id, account_id),
    ).first()
    if found is None:
        return None
    return int(
        connection.exec_driver_sql(
            "SELECT count(*) FROM touchpoint WHERE account_id = ? AND occurred_at >= ?",
            (account_id, found[0]),
        ).scalar_one()
    )


class AccountWorkspace(QWidget):
    """The workspace of one account; reloads itself when an edit touches the account.

    Signals:
        loaded: the first data is on screen.
        refreshed: data (first or reloaded) is on screen.
    """

    loaded = Signal()
    refreshed = Signal()

    def __init__(
        self,
        account_id: AccountId | None,
        runner: TaskRunner,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.account_id = account_id
        self.runner, self.hub, self.undo_stack = runner, hub, undo_stack
        self.detail: AccountDetail | None = None
        self._today = today
        self._touchpoint_limit = TOUCHPOINT_PAGE
        self._reading = False
        self._read_again = False
        self._dirty = False
        self._pending_focus: TouchpointId | None = None
        self._searched_focus: TouchpointId | None = None
        self._capture_when_loaded = False
        self._score: tuple[ScoreTrajectory | None, tuple[float, float] | None] = (None, None)
        # Read first: the worker fetches the account while this thread builds the widgets.
        if account_id is not None:
            self.reload()
        self._build()
        hub.changes_applied.connect(self._on_hub_changes_applied)

    @classmethod
    def spare(cls, runner: TaskRunner, hub: ChangeHub, undo_stack: QUndoStack) -> AccountWorkspace:
        """A workspace built ahead of time, for the next account to open (see :meth:`bind`).

        Building the widgets is a third of opening an account; the main window keeps one
        spare ready so that opening only has to read and show the account.
        """
        return cls(None, runner, hub, undo_stack)

    def bind(self, account_id: AccountId) -> AccountWorkspace:
        """Give a spare workspace its account and start reading it."""
        if self.account_id is not None:
            raise RuntimeError("this workspace already shows an account")
        self.account_id = account_id
        self.health_panel.account_id = account_id
        self.reload()
        return self

    def _bound_id(self) -> AccountId:
        """The account shown; only a spare workspace, never on screen, has none."""
        if self.account_id is None:
            raise RuntimeError("this spare workspace shows no account yet")
        return self.account_id

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        words = self.words = Words()
        self.loading = empty_label("")
        words.bind(self.loading.setText, lambda: self.tr("Loading…"))
        self.header = AccountHeaderBar()
        self.header.stepper.stage_requested.connect(self.move_stage_to)
        self.header.edit_requested.connect(self.edit_account)
        self.chart = QtHealthChart()
        self.log = TouchpointLog()
        self.log.capture_requested.connect(self.capture_touchpoint)
        self.log.more_requested.connect(self._on_log_more_requested)
        self.log.edit_requested.connect(self.edit_touchpoint)
        self.log.delete_requested.connect(self.delete_touchpoint)
        self.log.brief_requested.connect(lambda meeting: self.show_brief(TouchpointId(meeting)))
        self.plan = SuccessPlanPanel()
        self.plan.enable_editing(self.runner, self.undo_stack, self._bound_id, today=self._today)
        self.stakeholders = StakeholdersPanel()
        self.stakeholders.add_requested.connect(self.add_stakeholder)
        self.stakeholders.edit_requested.connect(self.edit_stakeholder)
        self.stakeholders.active_requested.connect(self._on_stakeholders_active_requested)
        self.stakeholders.delete_requested.connect(self._on_stakeholders_delete_requested)
        self.renewals = RenewalsPanel()
        self.renewals.add_requested.connect(self.add_renewal)
        self.renewals.edit_requested.connect(self.edit_renewal)
        self.renewals.delete_requested.connect(self._on_renewals_delete_requested)
        self.renewals.forecast_requested.connect(self.edit_forecast)
        self.renewals.clear_forecast_requested.connect(self._on_renewals_clear_forecast_requested)
        self.renewals.close_requested.connect(self.close_renewal)
        self.risks = RisksPanel()
        self.risks.add_requested.connect(self.add_risk)
        self.risks.edit_requested.connect(self.edit_risk)
        self.risks.delete_requested.connect(self._on_risks_delete_requested)
        self.tasks = TasksPanel()
        self.tasks.enable_editing(self.runner, self.undo_stack, self._bound_id)
        self.tasks.done_toggled.connect(self._on_tasks_done_toggled)

        self.side_tabs = QTabWidget()
        # Every tab stays in sight: a title too long for the pane is shortened (its tooltip
        # has it whole), rather than pushing the last tabs behind scroll arrows.
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.side_tabs.setUsesScrollButtons(False)
        words.bind(
            self.side_tabs.setAccessibleName,
            lambda: self.tr("Plan, stakeholders, renewals and risks"),
        )
        self.side_tabs.addTab(self.plan, "")
        self.side_tabs.addTab(self.stakeholders, "")
        self.side_tabs.addTab(self.renewals, "")
        from ui.health.account_health_panel import AccountHealthPanel

        self.health_panel = AccountHealthPanel(
            self.account_id,
            self.runner,
            self.hub,
            today=self._today,
            autoload=False,
            undo_stack=self.undo_stack,
        )
        # The Health tab reads once the account's own content is on screen (the zero-delay
        # timer lets that first paint happen before the read starts).
        self.loaded.connect(lambda: QTimer.singleShot(0, self, self.health_panel.reload))
        self.side_tabs.addTab(self.health_panel, "")
        self.side_tabs.addTab(self.risks, "")
        for page, text in (
            (self.plan, lambda: self.tr("Success plan")),
            (self.stakeholders, lambda: self.tr("Stakeholders")),
            (self.renewals, lambda: self.tr("Renewals")),
            (self.health_panel, lambda: self.tr("Health")),
            (self.risks, lambda: self.tr("Risks")),
        ):
            words.bind(partial(self._name_tab, page), text)
        self.health_panel.title_changed.connect(partial(self._name_tab, self.health_panel))
        self.tasks_box = QGroupBox()
        words.bind(self.tasks_box.setTitle, lambda: self.tr("Tasks"))
        box_layout = QVBoxLayout(self.tasks_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        box_layout.addWidget(self.tasks)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.chart)
        left.addWidget(self.log)
        left.setStretchFactor(0, 5)
        left.setStretchFactor(1, 6)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.side_tabs)
        right.addWidget(self.tasks_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 8)
        self.body.setStretchFactor(1, 5)
        self.body.setSizes([860, 540])  # kept as proportions when the window resizes
        left.setSizes([380, 520])
        right.setSizes([520, 320])
        for splitter in (left, right, self.body):
            splitter.setChildrenCollapsible(False)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 8)
        self.export_button = QPushButton()
        words.bind(self.export_button.setText, lambda: self.tr("Export account plan…"))
        words.bind(
            self.export_button.setToolTip,
            lambda: self.tr("A PDF of the plan to share with the customer"),
        )
        self.export_button.clicked.connect(lambda: self.export_plan())
        self.brief_button = QPushButton()
        words.bind(self.brief_button.setText, lambda: self.tr("Meeting brief…"))
        words.bind(
            self.brief_button.setToolTip,
            lambda: self.tr("One page to read before the next meeting with this account"),
        )
        self.brief_button.clicked.connect(lambda: self.show_brief())
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.brief_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        content_layout.addLayout(top)
        content_layout.addWidget(self.body, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.log)

    def _name_tab(self, page: QWidget, title: str) -> None:
        index = self.side_tabs.indexOf(page)
        self.side_tabs.setTabText(index, title)
        self.side_tabs.setTabToolTip(index, title.replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.detail is not None:
                self._update_counts(self.detail)
        super().changeEvent(event)

    # -- public API --------------------------------------------------------------------------
    def title(self) -> str:
        """The tab text: the account's name once known."""
        return self.detail.header.name if self.detail is not None else self.tr("Account")

    def capture_touchpoint(self) -> TouchpointCaptureDialog | None:
        """Open quick capture (once the account's stakeholders are known)."""
        if self.detail is None:
            self._capture_when_loaded = True
            return None
        dialog = TouchpointCaptureDialog(
            self._bound_id(), self.detail.stakeholders, self.runner, self.undo_stack, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda added: self.focus_touchpoint(added.touchpoint_id))
        dialog.open()
        return dialog

    def edit_touchpoint(self, touchpoint_id: int) -> TouchpointEditDialog | None:
        """Open a touchpoint of the log in its form, to change any of it."""
        position = self.log.model.row_of(TouchpointId(touchpoint_id))
        if self.detail is None or position is None:
            return None
        row = self.log.model.row_data(position)
        attendees = (self.detail.attendees or {}).get(row.id, ())
        dialog = TouchpointEditDialog(
            self._bound_id(),
            row,
            attendees,
            self.detail.stakeholders,
            self.runner,
            self.undo_stack,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_touchpoint(self, touchpoint_id: int) -> None:
        """Delete a touchpoint of the log (Ctrl+Z brings it back)."""
        text = self.tr("Delete touchpoint")
        runner, gone = self.runner, TouchpointId(touchpoint_id)
        save_records(
            self.undo_stack,
            runner,
            text,
            lambda s: delete_touchpoint(s, gone),
            on_error=lambda error: runner.report_failure(text, error),
        )

    def focus_touchpoint(self, touchpoint_id: TouchpointId) -> None:
        """Select a touchpoint in the log, loading older touchpoints if it is not among them."""
        self._pending_focus = touchpoint_id
        if self.detail is not None and not self._reading:
            self._apply_pending_focus()

    def show_place(self, place: Place, record_id: int | None = None) -> None:
        """Bring a part of the workspace forward: the tasks (selecting one), the Health or
        Renewals tab, a touchpoint of the log, or the log itself (My day opens rows so)."""
        if place is Place.TOUCHPOINT and record_id is not None:
            self.focus_touchpoint(TouchpointId(record_id))
            return
        if place is Place.HEALTH:
            self.side_tabs.setCurrentWidget(self.health_panel)
        elif place is Place.RENEWALS:
            self.side_tabs.setCurrentWidget(self.renewals)
        if self.detail is None:  # the rows to select are not read yet
            self.loaded.connect(
                lambda: self._focus_place(place, record_id),
                Qt.ConnectionType.SingleShotConnection,
            )
        else:
            self._focus_place(place, record_id)

    def _focus_place(self, place: Place, record_id: int | None) -> None:
        if place is Place.TASKS:
            item = None if record_id is None else self.tasks.item_of(record_id)
            if item is not None:
                self.tasks.list.setCurrentItem(item)
                self.tasks.list.scrollToItem(item)
            self.tasks.list.setFocus()
        elif place is Place.LOG:
            self.log.table.setFocus()
        elif place is Place.HEALTH:
            self.health_panel.setFocus()
        elif place is Place.RENEWALS:
            self.renewals.setFocus()

    def export_plan(self, **kwargs: Any) -> Any:
        """Export this account's plan as a PDF (asks for language, paper and file unless given).

        Returns the running job (a Future of the written path), or None if cancelled.
        """
        from ui.plan.export import export_account_plan

        name = self.detail.header.name if self.detail is not None else str(self.account_id)
        window = self.window()

        def done(path: Any) -> None:
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Plan written to %1").replace("%1", str(path)), 10000)

        account_id = self._bound_id()
        return export_account_plan(self, self.runner, account_id, name, on_done=done, **kwargs)

    def show_brief(self, meeting_id: TouchpointId | None = None) -> Any:
        """Open the meeting brief: for ``meeting_id``, or else the account's next meeting."""
        from ui.plan.brief_window import MeetingBriefWindow

        window = MeetingBriefWindow(
            self.runner, self._bound_id(), meeting_id=meeting_id, parent=self
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def move_stage_to(self, stage: Stage) -> StageNoteDialog | None:
        """Ask why, then move the account to ``stage`` (undoable)."""
        if self.detail is None or stage == self.detail.header.stage:
            return None
        dialog = StageNoteDialog(self.detail.header.name, self.detail.header.stage, stage, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        account_id = self._bound_id()
        dialog.accepted.connect(
            lambda: move_stage(self.undo_stack, self.runner, account_id, stage, dialog.note_text())
        )
        dialog.open()
        return dialog

    def edit_account(self) -> AccountFormDialog | None:
        """Open the account form on this account (once it is loaded)."""
        if self.detail is None:
            return None
        dialog = AccountFormDialog(self.runner, self.undo_stack, self.detail.header, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_archived(self, archived: bool) -> None:
        """Archive the account (it leaves the portfolio) or restore it; undoable."""
        if self.detail is not None and (self.detail.header.archived_at is not None) != archived:
            header = self.detail.header
            set_archived(self.undo_stack, self.runner, header.id, header.name, archived)

    def add_stakeholder(self) -> StakeholderFormDialog:
        """Open the stakeholder form for a new person of this account."""
        dialog = StakeholderFormDialog(self.runner, self.undo_stack, self._bound_id(), None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_stakeholder(self, person: StakeholderRow) -> StakeholderFormDialog:
        dialog = StakeholderFormDialog(self.runner, self.undo_stack, self._bound_id(), person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_renewal(self) -> RenewalFormDialog | None:
        """Open the form for a past renewal of this account."""
        return self._open_renewal_form(None)

    def edit_renewal(self, renewal: RenewalRow) -> RenewalFormDialog | None:
        return self._open_renewal_form(renewal)

    def close_renewal(self) -> RenewalFormDialog | None:
        """Record how the open renewal ended, starting from its forecast."""
        if self.detail is None or self.detail.forecast is None:
            return None
        return self._open_renewal_form(None, closing_values(self.detail, self._today()))

    def _open_renewal_form(
        self, renewal: RenewalRow | None, closing: dict[str, Any] | None = None
    ) -> RenewalFormDialog | None:
        if self.detail is None:
            return None
        dialog = RenewalFormDialog(
            self.runner,
            self.undo_stack,
            self._bound_id(),
            self.detail.header.currency,
            renewal,
            self,
            closing=closing,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_forecast(self) -> ForecastFormDialog | None:
        """Set or change how the open renewal is expected to end."""
        if self.detail is None:
            return None
        header = self.detail.header
        dialog = ForecastFormDialog(
            self.runner,
            self.undo_stack,
            self._bound_id(),
            header.currency,
            header.arr,
            self.detail.forecast,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_risk(self) -> RiskFormDialog:
        """Open the form for a new risk of this account."""
        return self._open_risk_form(None)

    def edit_risk(self, risk: RiskRow) -> RiskFormDialog:
        return self._open_risk_form(risk)

    def _open_risk_form(self, risk: RiskRow | None) -> RiskFormDialog:
        dialog = RiskFormDialog(
            self.runner, self.undo_stack, self._bound_id(), risk, self, today=self._today()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_health(
        self, trajectory: ScoreTrajectory | None, bands: tuple[float, float] | None = None
    ) -> None:
        """Plug in a daily health score series (e.g. the health core's account trajectory)."""
        self._score = (trajectory, bands)
        if self.detail is not None:
            self.chart.set_data(self._chart_data(self.detail))

    def reload(self) -> None:
        account_id = self.account_id
        if account_id is None:
            return  # a spare: nothing to read until it is bound
        if self._reading:
            self._read_again = True  # coalesce: one more read after the one in flight
            return
        self._reading = True
        self._dirty = False
        limit = self._touchpoint_limit
        self.runner.read(
            self.tr("Open account"),
            lambda c: load_account_detail(c, account_id, touchpoint_limit=limit),
            self._alive(self._on_detail_read),
            self._alive(self._on_detail_failed),
        )

    # -- data in -----------------------------------------------------------------------------
    def _alive(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        # A closed tab may be deleted before its read returns.
        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                handler(value)

        return call

    def _on_detail_read(self, detail: AccountDetail) -> None:
        self._reading = False
        first = self.detail is None
        self._show(detail)
        if self._read_again:
            self._read_again = False
            self.reload()
        elif self._pending_focus is not None:
            self._apply_pending_focus()
        if first:
            self.loaded.emit()
            if self._capture_when_loaded:
                self._capture_when_loaded = False
                self.capture_touchpoint()
        self.refreshed.emit()

    def _on_detail_failed(self, error: Exception) -> None:
        self._reading = False
        if isinstance(error, AccountNotFoundError):
            self.loading.setText(self.tr("This account no longer exists."))
        else:
            self.loading.setText(
                self.tr("The account could not be read:\n%1").replace("%1", message_for(error))
            )
        self.pages.setCurrentWidget(self.loading)
        if self.detail is None:
            self.loaded.emit()  # a message is on screen: waiting callers may go on
        self.refreshed.emit()

    def _show(self, detail: AccountDetail) -> None:
        self.detail = detail
        today = self._today()
        self.header.set_header(detail.header, today)
        if self.pages.currentIndex() == 1:
            # A refresh: redraw the chart in its own event-loop turn, so no single step of the
            # GUI thread holds it for the whole refresh (keeps stalls short during imports).
            QTimer.singleShot(0, self, lambda: self.chart.set_data(self._chart_data(detail)))
        else:
            self.chart.set_data(self._chart_data(detail))
        people = {person.id: person.name for person in detail.stakeholders}
        self.log.set_touchpoints(
            detail.recent_touchpoints, detail.attendees or {}, people, self._touchpoint_limit
        )
        self.plan.set_plan(detail.plan)
        self.stakeholders.set_stakeholders(detail.stakeholders)
        self.renewals.set_renewals(detail.renewals, detail.header.currency)
        self.renewals.set_forecast(detail.forecast, detail.header.currency)
        self.risks.set_risks(detail.risks)
        self.tasks.set_tasks(detail.tasks, today)
        self._update_counts(detail)
        self.pages.setCurrentIndex(1)

    def _chart_data(self, detail: AccountDetail) -> ChartData:
        data = chart_data_from_detail(detail, self._today())
        trajectory, bands = self._score
        return data.with_score(trajectory, bands) if trajectory is not None else data

    def _update_counts(self, detail: AccountDetail) -> None:
        self._name_tab(
            self.stakeholders,
            self.tr("Stakeholders (%1)").replace("%1", number(len(detail.stakeholders))),
        )
        self._name_tab(
            self.renewals, self.tr("Renewals (%1)").replace("%1", number(len(detail.renewals)))
        )
        self._name_tab(
            self.risks, self.tr("Risks (%1 open)").replace("%1", number(self.risks.open_count()))
        )
        self.tasks_box.setTitle(
            self.tr("Tasks (%1 open)").replace("%1", number(self.tasks.open_count()))
        )

    def _apply_pending_focus(self) -> None:
        wanted = self._pending_focus
        if wanted is None:
            return
        if self.log.select(wanted):
            self._pending_focus = None
            self.log.table.setFocus()
            return
        if self._searched_focus == wanted:
            self._pending_focus = None  # loaded as far back as it is: it is not this account's
            return
        self._searched_focus = wanted
        account_id = self._bound_id()
        self.runner.read(
            self.tr("Find touchpoint"),
            lambda c: touchpoints_through(c, account_id, wanted),
            self._alive(self._on_touchpoint_position_read),
        )

    def _on_touchpoint_position_read(self, newer: int | None) -> None:
        if newer is None:
            self._pending_focus = None
            return
        if newer > self._touchpoint_limit:
            self._touchpoint_limit = newer
        self.reload()

    # -- events ------------------------------------------------------------------------------
    def _on_hub_changes_applied(self, changes: Changes) -> None:
        if self.account_id is None or not changes.touches(self.account_id):
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True  # reload when shown: hidden tabs cost nothing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _on_log_more_requested(self) -> None:
        self._touchpoint_limit += TOUCHPOINT_PAGE
        self.reload()

    def _on_stakeholders_active_requested(self, person: StakeholderRow, active: bool) -> None:
        stakeholder_form.set_active(self.undo_stack, self.runner, person, active)

    def _on_stakeholders_delete_requested(self, person: StakeholderRow) -> None:
        if stakeholder_form.confirm_delete(self, person):
            stakeholder_form.delete(self.undo_stack, self.runner, person)

    def _on_renewals_delete_requested(self, renewal: RenewalRow) -> None:
        renewal_form.delete(self.undo_stack, self.runner, renewal)

    def _on_renewals_clear_forecast_requested(self) -> None:
        renewal_form.clear(self.undo_stack, self.runner, self._bound_id())

    def _on_risks_delete_requested(self, risk: RiskRow) -> None:
        risk_form.delete(self.undo_stack, self.runner, risk)

    def _on_tasks_done_toggled(self, task_id: int, done: bool, title: str) -> None:
        mark_task_done(self.undo_stack, self.runner, TaskId(task_id), done, title)
