"""Exporting account plans from the app: one account, or every account the portfolio shows.

Both run as a :class:`LongTask` on a reader thread (progress and Cancel in the status bar): the
plan is read and rendered there with QTextDocument, QPdfWriter and QPainter, which Qt allows off
the GUI thread; no widget is touched. Results come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from cs_desktop.ids import AccountId
from cs_desktop.plan import LANGUAGES, Lang, build_plan, check_lang, plan_file_name
from cs_desktop.plan.audience import Audience, PlanPart, parts_for
from ui.plan.chart import release_retired_charts
from ui.plan.pdf_writer import PageSize, RenderedPlan, render_plan, render_plan_pdf
from ui.tasks import LongTask, TaskRunner
from ui.translation import number, translation_context

PlanExport = translation_context("PlanExport")

LANGUAGE_NAMES: dict[Lang, str] = {
    "en": "English",
    "ja": "日本語",
    "zh-Hant": "繁體中文",
    "zh-Hans": "简体中文",
}
SETTINGS_LANG = "plan/lang"
SETTINGS_PAGE = "plan/page_size"


PREVIEW_DPI = 56  # a page about as wide as the dialog's preview column
PREVIEW_DELAY_MS = 200  # options changed quickly in a row render once


@dataclass(frozen=True)
class ExportOptions:
    """What the plan holds and how it prints; the customer's copy unless said otherwise."""

    lang: Lang
    page_size: PageSize
    audience: Audience = Audience.CUSTOMER
    parts: tuple[PlanPart, ...] | None = None  # None: every part the audience may be given


@dataclass(frozen=True)
class BatchResult:
    """What a batch export did: files written, accounts that failed, whether it was cancelled."""

    folder: Path
    written: tuple[Path, ...]
    failed: tuple[tuple[AccountId, str], ...] = ()
    cancelled: bool = False
    total: int = field(default=0)


def default_lang() -> Lang:
    """The plan language matching the user's locale (Japanese, Chinese or English)."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Japanese:
        return "ja"
    if locale.language() == QLocale.Language.Chinese:
        traditional = (
            locale.script() == QLocale.Script.TraditionalHanScript
            or locale.territory()
            in (
                QLocale.Country.Taiwan,
                QLocale.Country.HongKong,
                QLocale.Country.Macau,
            )
        )
        return "zh-Hant" if traditional else "zh-Hans"
    return "en"


def part_names() -> dict[PlanPart, str]:
    """The sections' names as the export dialog shows them."""
    return {
        PlanPart.GOALS: PlanExport.tr("The customer's goals (journey A)"),
        PlanPart.MILESTONES: PlanExport.tr("Our delivery milestones (journey B)"),
        PlanPart.STAGE: PlanExport.tr("Current stage"),
        PlanPart.NEXT_STEPS: PlanExport.tr("Agreed next steps"),
        PlanPart.HEALTH: PlanExport.tr("Health score and trajectory"),
        PlanPart.RISKS: PlanExport.tr("Open risks"),
        PlanPart.RENEWALS: PlanExport.tr("Renewals and ARR"),
        PlanPart.STAKEHOLDERS: PlanExport.tr("Stakeholders"),
        PlanPart.TOUCHPOINTS: PlanExport.tr("Touchpoints with their notes"),
        PlanPart.TASKS: PlanExport.tr("Open tasks"),
    }


class PlanExportDialog(QDialog):
    """Asks whom the plan is for, its sections, language and paper, and previews it.

    Language and paper are remembered for next time; the audience always starts at Customer,
    so a plan meant for the team is never handed over by a leftover choice. Given a runner and
    an account, the dialog shows the pages as they will be saved, rendered on a worker thread
    after every change.
    """

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        account_id: AccountId | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner, self.account_id, self.today = runner, account_id, today or date.today()
        self.setWindowTitle(self.tr("Export account plan"))
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Language of the plan"))
        for lang in LANGUAGES:
            self.lang.addItem(LANGUAGE_NAMES[lang], lang)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        try:
            lang = check_lang(str(settings.value(SETTINGS_LANG, default_lang())))
        except ValueError:
            lang = "en"
        self.lang.setCurrentIndex(LANGUAGES.index(lang))
        self.page_size.setCurrentIndex(1 if settings.value(SETTINGS_PAGE) == "Letter" else 0)

        self.customer = QRadioButton(self.tr("&Customer: nothing internal"))
        self.customer.setToolTip(
            self.tr(
                "Goals, milestones, stage and agreed next steps; never touchpoint notes, the "
                "health score, risks, inferred needs, satisfaction answers or tasks"
            )
        )
        self.internal = QRadioButton(self.tr("&Internal: everything, for the team"))
        self.audience = QButtonGroup(self)
        self.audience.addButton(self.customer)
        self.audience.addButton(self.internal)
        self.customer.setChecked(True)
        self.section_boxes: dict[PlanPart, QCheckBox] = {}
        names = part_names()
        sections = QGroupBox(self.tr("Sections"))
        section_layout = QVBoxLayout(sections)
        for part in PlanPart:
            box = QCheckBox(names[part])
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            section_layout.addWidget(box)
            self.section_boxes[part] = box
        self.customer.toggled.connect(self._audience_changed)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save PDF…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("For:"), self.customer)
        form.addRow("", self.internal)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Paper:"), self.page_size)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(sections)
        left.addStretch(1)
        left.addWidget(self.buttons)
        columns = QHBoxLayout(self)
        columns.addLayout(left)
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.preview_pages = QVBoxLayout()
        self.preview: QScrollArea | None = None
        self.rendered: RenderedPlan | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render_preview)
        if runner is not None and account_id is not None:
            pages = QWidget()
            pages_layout = QVBoxLayout(pages)
            pages_layout.addWidget(self.preview_status)
            pages_layout.addLayout(self.preview_pages)
            pages_layout.addStretch(1)
            self.preview = QScrollArea()
            self.preview.setAccessibleName(self.tr("Preview of the plan"))
            self.preview.setWidget(pages)
            self.preview.setWidgetResizable(True)
            self.preview.setMinimumWidth(520)
            columns.addWidget(self.preview, 1)
            self.resize(980, 760)
        for combo in (self.lang, self.page_size):
            combo.currentIndexChanged.connect(self._options_changed)
        self.finished.connect(self._stop_preview)
        self._audience_changed()

    def options(self) -> ExportOptions:
        page: PageSize = "Letter" if self.page_size.currentData() == "Letter" else "A4"
        audience = Audience.CUSTOMER if self.customer.isChecked() else Audience.INTERNAL
        allowed = parts_for(audience)
        parts = tuple(part for part in allowed if self.section_boxes[part].isChecked())
        chosen = None if parts == allowed else parts  # None: every section
        return ExportOptions(check_lang(str(self.lang.currentData())), page, audience, chosen)

    def accept(self) -> None:
        options = self.options()
        self.settings.setValue(SETTINGS_LANG, options.lang)
        self.settings.setValue(SETTINGS_PAGE, options.page_size)
        super().accept()

    def _audience_changed(self) -> None:
        audience = Audience.CUSTOMER if self.customer.isChecked() else Audience.INTERNAL
        allowed = set(parts_for(audience))
        for part, box in self.section_boxes.items():
            box.setVisible(part in allowed)
        self._options_changed()

    def _options_changed(self) -> None:
        self.save_button.setEnabled(self.options().parts != ())
        if self.preview is not None:
            self.preview_status.setText(self.tr("Preparing the preview…"))
            self._timer.start()

    def _stop_preview(self) -> None:
        """Closed: a render still running is dropped when it arrives."""
        self._timer.stop()
        self._generation += 1

    def _render_preview(self) -> None:
        """Build and render the plan on a reader thread; only the latest request is shown."""
        if self.runner is None or self.account_id is None:
            return
        self._generation += 1
        generation, options = self._generation, self.options()
        account_id, today = self.account_id, self.today

        def work(connection: Connection) -> RenderedPlan:
            document = build_plan(
                connection,
                account_id,
                lang=options.lang,
                today=today,
                audience=options.audience,
                parts=options.parts,
            )
            return render_plan(document, page_size=options.page_size, preview_dpi=PREVIEW_DPI)

        def shown(rendered: RenderedPlan) -> None:
            release_retired_charts()
            if generation == self._generation and shiboken6.isValid(self):
                self._show_pages(rendered)

        def failed(error: Exception) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self.preview_status.setText(
                    self.tr("No preview: %1").replace("%1", str(error) or type(error).__name__)
                )

        self.runner.read(self.tr("Preview of the plan"), work, shown, failed)

    def _show_pages(self, rendered: RenderedPlan) -> None:
        self.rendered = rendered
        while self.preview_pages.count():
            item = self.preview_pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in rendered.pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            page.setStyleSheet("border: 1px solid #c9d3de; background: white;")
            self.preview_pages.addWidget(page)
        self.preview_status.setText(
            PlanExport.tr("%Ln page(s), as they will be saved", "", len(rendered.pages))
        )


def _ask_options(
    parent: QWidget | None,
    settings: QSettings,
    runner: TaskRunner | None = None,
    account_id: AccountId | None = None,
    today: date | None = None,
) -> ExportOptions | None:
    dialog = PlanExportDialog(settings, parent, runner=runner, account_id=account_id, today=today)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    options = dialog.options()
    dialog.deleteLater()  # a child of ``parent``: it would stay until the window closes
    return options if accepted else None


def export_account_plan(
    parent: QWidget | None,
    runner: TaskRunner,
    account_id: AccountId,
    account_name: str,
    *,
    path: Path | None = None,
    options: ExportOptions | None = None,
    settings: QSettings | None = None,
    on_done: Callable[[Path], None] | None = None,
    today: date | None = None,
) -> Future[Path] | None:
    """Ask (unless given) for options and a file, then write the plan on a worker thread.

    Returns the running job, or None when the user cancelled a dialog.
    """
    settings = settings or QSettings()
    day = today or date.today()
    options = options or _ask_options(parent, settings, runner, account_id, day)
    if options is None:
        return None
    if path is None:
        folder = Path(str(settings.value("plan/folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PlanExportDialog", "Export account plan"),
            str(folder / plan_file_name(account_name, day, options.audience)),
            QCoreApplication.translate("PlanExportDialog", "PDF (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.setValue("plan/folder", str(path.parent))
    target = path
    label = QCoreApplication.translate("PlanExportDialog", "Exporting the plan of %1")
    task = LongTask(label.replace("%1", account_name))

    def work(running: LongTask) -> Path:
        with runner.store.engine.connect() as connection:
            document = build_plan(
                connection,
                account_id,
                lang=options.lang,
                today=day,
                audience=options.audience,
                parts=options.parts,
            )
        running.report(1, 2)
        written = render_plan_pdf(document, target, page_size=options.page_size)
        running.report(2, 2)
        return written

    def done(path: Path) -> None:
        release_retired_charts()
        if on_done is not None:
            on_done(path)

    return runner.run_long(task, work, done)


def export_plans(
    runner: TaskRunner,
    account_ids: Sequence[AccountId],
    folder: Path,
    options: ExportOptions,
    task: LongTask,
    today: date,
) -> BatchResult:
    """Write one plan per account into ``folder``. Thread: a worker; checks for Cancel per plan.

    An account that fails (deleted meanwhile, file not writable) is listed and the rest go on.
    """
    written: list[Path] = []
    failed: list[tuple[AccountId, str]] = []
    used: set[str] = set()
    total = len(account_ids)
    task.report(0, total)
    with runner.store.engine.connect() as connection:
        for done, account_id in enumerate(account_ids, start=1):
            if task.is_cancelled():
                return BatchResult(folder, tuple(written), tuple(failed), True, total)
            try:
                document = build_plan(
                    connection,
                    account_id,
                    lang=options.lang,
                    today=today,
                    audience=options.audience,
                    parts=options.parts,
                )
                name = plan_file_name(document.account_name, today, options.audience)
                if name.casefold() in used:  # two accounts of the same name
                    name = name.removesuffix(".pdf") + f"-{account_id}.pdf"
                used.add(name.casefold())
                written.append(
                    render_plan_pdf(document, folder / name, page_size=options.page_size)
                )
            except (LookupError, OSError) as error:
                failed.append((account_id, str(error)))
            task.report(done, total)
    return BatchResult(folder, tuple(written), tuple(failed), False, total)


def export_portfolio_plans(
    parent: QWidget | None,
    runner: TaskRunner,
    account_ids: Sequence[AccountId],
    *,
    folder: Path | None = None,
    options: ExportOptions | None = None,
    settings: QSettings | None = None,
    on_done: Callable[[BatchResult], None] | None = None,
    today: date | None = None,
) -> Future[BatchResult] | None:
    """Ask (unless given) for options and a folder, then export every account's plan into it."""
    if not account_ids:
        return None
    settings = settings or QSettings()
    options = options or _ask_options(parent, settings)
    if options is None:
        return None
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            PlanExport.tr("Folder for %Ln account plan(s)", "", len(account_ids)),
            str(settings.value("plan/folder", str(Path.home()))),
        )
        if not chosen:
            return None
        folder = Path(chosen)
        settings.setValue("plan/folder", str(folder))
    ids, target, day, chosen_options = list(account_ids), folder, today or date.today(), options
    task = LongTask(PlanExport.tr("Exporting %Ln account plan(s)", "", len(ids)))
    done: Callable[[BatchResult], None] = on_done or (lambda _result: None)

    def finished(result: BatchResult) -> None:
        release_retired_charts()
        done(result)

    return runner.run_long(
        task,
        lambda running: export_plans(runner, ids, target, chosen_options, running, day),
        finished,
    )


def describe(result: BatchResult) -> str:
    """One line for the status bar."""
    text = PlanExport.tr("%1 of %Ln plan(s) written to %2", "", result.total)
    text = text.replace("%1", number(len(result.written))).replace("%2", str(result.folder))
    if result.cancelled:
        text = PlanExport.tr("%1 (cancelled)").replace("%1", text)
    if result.failed:
        text = PlanExport.tr("%1; %Ln failed", "", len(result.failed)).replace("%1", text)
    return text
