"""Indicator validation: which indicators told renewals from churn, as a table and a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from ui.health.charts import AucChart
from ui.health.formatting import EN_DASH, group_label, indicator_name, tr

COLUMNS = 7


def separation_text(separation: Separation) -> tuple[str, str]:
    """The AUC and its interval as text, or the "not enough data" label."""
    if separation.auc is None or separation.ci_low is None or separation.ci_high is None:
        return tr("Validation", "not enough data"), "—"
    return f"{separation.auc:.2f}", f"{separation.ci_low:.2f}{EN_DASH}{separation.ci_high:.2f}"


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
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Group"),
                self.tr("AUC"),
                self.tr("95% CI"),
                self.tr("Renewed / churned"),
                self.tr("Current weight"),
                self.tr("Suggested weight"),
            ]
        )
        self.table.setAccessibleName(self.tr("Indicator validation table"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = AucChart(self.tr("AUC of each indicator with its 95% interval"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Score validation summary"))
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)

    def set_report(self, report: ValidationReport) -> None:
        rows = report.indicators
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            auc, interval = separation_text(row.separation)
            counts = f"{row.separation.retained} / {row.separation.churned}"
            enough = row.separation.enough_data
            tip = (
                ""
                if enough
                else self.tr("Fewer than %1 renewals in a class").replace("%1", str(MIN_PER_CLASS))
            )
            cells = (
                _item(indicator_name(row.label)),
                _item(group_label(row.group)),
                _item(auc, right=True, tip=tip),
                _item(interval, right=True),
                _item(counts, right=True),
                _item(f"{row.current_weight:.1f}", right=True),
                _item(f"{row.suggested_weight:.1f}", right=True),
            )
            for column, cell in enumerate(cells):
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        self.chart.set_rows(
            [indicator_name(row.label) for row in rows],
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
            .replace("%1", str(report.lead_days))
            .replace("%2", str(report.renewals))
            .replace("%3", score_auc)
            .replace("%4", score_ci)
            .replace("%5", str(report.score.retained))
            .replace("%6", str(report.score.churned))
            .replace("%7", better_auc)
            .replace("%8", better_ci)
        )
