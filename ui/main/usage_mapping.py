"""The usage import's mapping table: what each column (or metric) of an export feeds.

One row per column of a wide file, or per metric of a long one: its name, a few of its values,
the indicator it feeds (or none) and, for a ratio, the column it is divided by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cs_desktop.indicators import SAMPLE_INDICATORS
from ui.account.labels import indicator_label

Source = tuple[str, str | None]  # the indicator fed, and the column divided by (or None)
NAME, EXAMPLES, INDICATOR, DIVIDED_BY = range(4)
_EXAMPLES_SHOWN = 3  # what UsagePreview.examples gives at most: more may follow


class UsageMappingTable(QTableWidget):
    """Which indicator each name feeds; ``changed`` is emitted on every choice the user makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setAccessibleName(self.tr("Indicators read from the file"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combo boxes take the focus
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(INDICATOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DIVIDED_BY, QHeaderView.ResizeMode.ResizeToContents)
        self.set_long(False)
        self._names: tuple[str, ...] = ()

    def set_long(self, long: bool) -> None:
        """Call the rows metrics (a long file) or columns (a wide one)."""
        self.setHorizontalHeaderLabels(
            [
                self.tr("Metric") if long else self.tr("Column"),
                self.tr("Values"),
                self.tr("Feeds indicator"),
                self.tr("Divided by (for a ratio)"),
            ]
        )

    def set_rows(
        self,
        names: Sequence[str],
        examples: Mapping[str, Sequence[str]],
        sources: Mapping[str, Source],
    ) -> None:
        """Show one row per name, each with its chosen source."""
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            self._names = tuple(names)
            self.setRowCount(len(names))
            for row, name in enumerate(names):
                self._fill_row(row, name, examples.get(name, ()), sources.get(name))
        finally:
            self.blockSignals(False)

    def _fill_row(
        self, row: int, name: str, examples: Sequence[str], source: Source | None
    ) -> None:
        named = QTableWidgetItem(name)
        named.setToolTip(name)
        self.setItem(row, NAME, named)
        more = ", …" if len(examples) >= _EXAMPLES_SHOWN else ""
        shown = QTableWidgetItem(", ".join(examples) + more)
        shown.setForeground(self.palette().placeholderText())
        self.setItem(row, EXAMPLES, shown)
        indicator = QComboBox()
        indicator.setAccessibleName(self.tr("Indicator fed by %1").replace("%1", name))
        indicator.addItem(self.tr("Not imported"), None)
        for key in SAMPLE_INDICATORS:
            indicator.addItem(indicator_label(key), key)
        divided = QComboBox()
        divided.setAccessibleName(self.tr("%1 divided by").replace("%1", name))
        divided.addItem(self.tr("Nothing (the value itself)"), None)
        for other in self._names:
            if other != name:
                divided.addItem(other, other)
        if source is not None:
            indicator.setCurrentIndex(max(indicator.findData(source[0]), 0))
            if source[1] is not None:
                divided.setCurrentIndex(max(divided.findData(source[1]), 0))
        divided.setEnabled(indicator.currentData() is not None)
        indicator.currentIndexChanged.connect(self._on_choice_changed)
        divided.currentIndexChanged.connect(self._on_choice_changed)
        self.setCellWidget(row, INDICATOR, indicator)
        self.setCellWidget(row, DIVIDED_BY, divided)

    def indicator_box(self, name: str) -> QComboBox:
        return self._box(name, INDICATOR)

    def divided_box(self, name: str) -> QComboBox:
        return self._box(name, DIVIDED_BY)

    def _box(self, name: str, column: int) -> QComboBox:
        widget = self.cellWidget(self._names.index(name), column)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, name: str, indicator: str | None, divided_by: str | None = None) -> None:
        """Feed ``indicator`` from ``name`` (divided by ``divided_by``), as the user would."""
        box = self.indicator_box(name)
        box.setCurrentIndex(box.findData(indicator) if indicator else 0)
        divided = self.divided_box(name)
        divided.setCurrentIndex(divided.findData(divided_by) if divided_by else 0)

    def sources(self) -> dict[str, Source]:
        """What each name feeds, for the names that feed one."""
        chosen: dict[str, Source] = {}
        for name in self._names:
            indicator = self.indicator_box(name).currentData()
            if indicator is not None:
                chosen[name] = (str(indicator), self.divided_box(name).currentData())
        return chosen

    def focus_name(self, name: str) -> None:
        """Scroll to ``name``'s row and put the focus on its indicator."""
        if name in self._names:
            self.scrollTo(self.model().index(self._names.index(name), NAME))
            self.indicator_box(name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_choice_changed(self) -> None:
        for name in self._names:
            self.divided_box(name).setEnabled(self.indicator_box(name).currentData() is not None)
        self.changed.emit()
