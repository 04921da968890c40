"""The touchpoint log's table model and the delegate that draws the two satisfaction chips."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cs_desktop.account_detail import TouchpointRow
from cs_desktop.ids import TouchpointId
from cs_desktop.vocabulary import Satisfaction, TouchpointKind
from ui.account.labels import kind_label, satisfaction_label
from ui.dates import moment_date_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
CHIP_COLOURS = {
    Satisfaction.YES: QColor(50, 150, 75),
    Satisfaction.NO: QColor(200, 50, 50),
    Satisfaction.UNKNOWN: QColor(160, 160, 160),
}
KIND_COLOURS = {
    TouchpointKind.MEETING: QColor(0, 114, 178),
    TouchpointKind.CALL: QColor(86, 180, 233),
    TouchpointKind.EMAIL: QColor(120, 120, 120),
    TouchpointKind.QBR: QColor(90, 60, 160),
    TouchpointKind.ONSITE_VISIT: QColor(0, 158, 115),
    TouchpointKind.EVENT: QColor(230, 159, 0),
    TouchpointKind.SUPPORT_CASE: QColor(213, 94, 0),
    TouchpointKind.NOTE: QColor(204, 121, 167),
}


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    TITLE = 2
    PULSE = 3
    NOTES = 4


class TouchpointTableModel(QAbstractTableModel):
    """Touchpoint rows, newest first, optionally only one kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[TouchpointRow, ...] = ()
        self._rows: list[TouchpointRow] = []
        self._kind: TouchpointKind | None = None

    def set_rows(self, rows: tuple[TouchpointRow, ...]) -> None:
        if rows == self._all:
            return
        self.beginResetModel()
        self._all = rows
        self._filter()
        self.endResetModel()

    def set_kind(self, kind: TouchpointKind | None) -> None:
        if kind == self._kind:
            return
        self.beginResetModel()
        self._kind = kind
        self._filter()
        self.endResetModel()

    @property
    def kind(self) -> TouchpointKind | None:
        return self._kind

    def _filter(self) -> None:
        self._rows = [row for row in self._all if self._kind is None or row.kind == self._kind]

    def total_count(self) -> int:
        return len(self._all)

    def row_data(self, row: int) -> TouchpointRow:
        return self._rows[row]

    def row_of(self, touchpoint_id: TouchpointId) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == touchpoint_id:
                return number
        return None

    def contains(self, touchpoint_id: TouchpointId) -> bool:
        return any(row.id == touchpoint_id for row in self._all)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def retranslate(self) -> None:
        """The language changed: every header and cell reads again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.WHEN: self.tr("Date"),
            Column.KIND: self.tr("Kind"),
            Column.TITLE: self.tr("Title"),
            Column.PULSE: self.tr("Satisfaction"),
            Column.NOTES: self.tr("Notes"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return KIND_COLOURS[row.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.PULSE:
                return self._pulse_text(row)
            if column in (Column.TITLE, Column.NOTES):
                return row.title if column == Column.TITLE else row.notes[:500]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column)
            return self._pulse_text(row) if column == Column.PULSE else text
        return None

    def _display(self, row: TouchpointRow, column: Column) -> str:
        if column == Column.WHEN:
            return moment_date_text(row.occurred_at)
        if column == Column.KIND:
            if row.internal:  # kept out of the customer's plan
                return self.tr("%1 (internal)").replace("%1", kind_label(row.kind))
            return kind_label(row.kind)
        if column == Column.TITLE:
            return row.title
        if column == Column.NOTES:
            return next((line for line in row.notes.splitlines() if line.strip()), "")
        return ""

    def _pulse_text(self, row: TouchpointRow) -> str:
        return (
            self.tr("product: %1 / service: %2")
            .replace("%1", satisfaction_label(row.product_satisfied))
            .replace("%2", satisfaction_label(row.service_satisfied))
        )


class SatisfactionDelegate(QStyledItemDelegate):
    """Two small chips, "Product" and "Service", green (yes), red (no) or grey (not asked)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)  # selection background
        row = index.data(ROW_ROLE)
        if not isinstance(row, TouchpointRow):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        rect: QRect = option.rect
        x = rect.x() + 4
        height = metrics.height() + 2
        top = rect.y() + (rect.height() - height) // 2
        for label, value in zip(
            chip_texts(), (row.product_satisfied, row.service_satisfied), strict=True
        ):
            width = metrics.horizontalAdvance(label) + 12
            chip = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHIP_COLOURS[value])
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.restore()

    @staticmethod
    def width_for(metrics: QFontMetrics) -> int:
        return sum(metrics.horizontalAdvance(text) + 16 for text in chip_texts()) + 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(self.width_for(metrics), metrics.height() + 8)


def chip_texts() -> tuple[str, str]:
    return (
        QCoreApplication.translate("SatisfactionDelegate", "Product"),
        QCoreApplication.translate("SatisfactionDelegate", "Service"),
    )
