"""Indicator validation: which indicators told renewals from churn, as a table and a chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.health.validation import MIN_PER_CLASS, Separation, ValidationReport
from ui.account.labels import indicator_label
from ui.health.charts import AucChart
from ui.health.formatting import EN_DASH, group_label
from ui.translation import Words, is_language_change, number, translation_context

Validation = translation_context("Validation")

COLUMNS = 7


def separation_text(separation: Separation) -> tuple[str, str]:
    """The AUC and its interval as text, or the "not enough data" label."""
    if separation.auc is None or separation.ci_low is None or separation.ci_high is None:
        return Validation.tr("not enough data"), "—"
    low, high = number(separation.ci_low, 2), number(separation.ci_high, 2)
    return number(separation.auc, 2), f"{low}{EN_DASH}{high}"


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class ValidationSection(QWidget):
    """The table (best-separating first), the AUC chart and the overall score's AUC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = self.words = Words()
        self.report: ValidationReport | None = None
        self.table = QTableWidget(0, COLUMNS)
        words.bind(
            self.table.setHorizontalHeaderLabels,
            lambda: [
                self.tr("Indicator"),
                self.tr("Group"),
                self.tr("AUC"),
                self.tr("95% CI"),
                self.tr("Renewed / churned"),
                self.tr("Current weight"),
                self.tr("Suggested weight"),
            ],
        )
        words.bind(self.table.setAccessibleName, lambda: self.tr("Indicator validation table"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = AucChart("")
        words.bind(
            self.chart.set_name, lambda: self.tr("AUC of each indicator with its 95% interval")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        words.bind(self.summary.setAccessibleName, lambda: self.tr("Score validation summary"))
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self.report is not None:
                self.set_report(self.report)
        super().changeEvent(event)

    def set_report(self, report: ValidationReport) -> None:
        self.report = report
        rows = report.indicators
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            auc, interval = separation_text(row.separation)
            counts = f"{number(row.separation.retained)} / {number(row.separation.churned)}"
            enough = row.separation.enough_data
            tip = (
                "" if enough else self.tr("Fewer than %Ln renewal(s) in a class", "", MIN_PER_CLASS)
            )
            cells = (
                _item(indicator_label(row.key)),
                _item(group_label(row.group)),
                _item(auc, right=True, tip=tip),
                _item(interval, right=True),
                _item(counts, right=True),
                _item(number(row.current_weight, 1), right=True),
                _item(number(row.suggested_weight, 1), right=True),
            )
            for column, cell in enumerate(cells):
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        self.chart.set_rows(
            [indicator_label(row.key) for row in rows],
            [
                None
                if s.auc is None or s.ci_low is None or s.ci_high is None
                else (s.auc, s.ci_low, s.ci_high)
                for s in (row.separation for row in rows)
            ],
        )
        score_auc, score_ci = separation_text(report.score)
        better_auc, better_ci = separation_text(report.suggested)
        self.summary.setText(
            self.tr(
                "Each indicator read %1 days before the end of each of %2 past renewals and "
                "compared between renewed and churned accounts. An AUC of 0.5 is a coin toss, "
                "1.0 a perfect split. <b>Overall score: AUC %3</b> (95% CI %4; %5 renewed / %6 "
                "churned). <b>Suggested weights: AUC %7</b> (95% CI %8): measured on the same "
                "renewals, so optimistic; recheck on later renewals before adopting them."
            )
            .replace("%1", number(report.lead_days))
            .replace("%2", number(report.renewals))
            .replace("%3", score_auc)
            .replace("%4", score_ci)
            .replace("%5", number(report.score.retained))
            .replace("%6", number(report.score.churned))
            .replace("%7", better_auc)
            .replace("%8", better_ci)
        )
