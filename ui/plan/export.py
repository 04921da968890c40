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

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from cs_desktop.ids import AccountId
from cs_desktop.plan import LANGUAGES, Lang, build_plan, check_lang, plan_file_name
from ui.plan.chart import release_retired_charts
from ui.plan.pdf_writer import PageSize, render_plan_pdf
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


@dataclass(frozen=True)
class ExportOptions:
    lang: Lang
    page_size: PageSize


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


class PlanExportDialog(QDialog):
    """Asks for the plan's language and paper size; remembers them for next time."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Paper:"), self.page_size)
        form.addRow(buttons)

    def options(self) -> ExportOptions:
        page: PageSize = "Letter" if self.page_size.currentData() == "Letter" else "A4"
        return ExportOptions(check_lang(str(self.lang.currentData())), page)

    def accept(self) -> None:
        options = self.options()
        self.settings.setValue(SETTINGS_LANG, options.lang)
        self.settings.setValue(SETTINGS_PAGE, options.page_size)
        super().accept()


def _ask_options(parent: QWidget | None, settings: QSettings) -> ExportOptions | None:
    dialog = PlanExportDialog(settings, parent)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


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
    options = options or _ask_options(parent, settings)
    if options is None:
        return None
    day = today or date.today()
    if path is None:
        folder = Path(str(settings.value("plan/folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PlanExportDialog", "Export account plan"),
            str(folder / plan_file_name(account_name, day)),
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
            document = build_plan(connection, account_id, lang=options.lang, today=day)
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
                document = build_plan(connection, account_id, lang=options.lang, today=today)
                name = plan_file_name(document.account_name, today)
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
