"""The usage import dialog's layout: the file, its first rows, the columns' roles, the mapping.

Layout only; :mod:`ui.main.usage_import_dialog` gives it life.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.importer.usage import Period
from ui.forms import ERROR_COLOUR, FieldErrors
from ui.main.usage_mapping import UsageMappingTable

PREVIEW_SHOWN = 5  # rows of the file shown above the choices


class UsageImportView(QDialog):
    """The widgets of the usage import dialog, laid out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import usage data"))
        self.resize(980, 760)

        self.file_name = QLabel()
        self.file_name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.file_name.font()
        font.setBold(True)
        self.file_name.setFont(font)
        self.file_details = QLabel()
        self.file_details.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_file = QPushButton(self.tr("Choose another &file…"))
        top = QHBoxLayout()
        top.addWidget(self.file_name)
        top.addWidget(self.file_details, 1)
        top.addWidget(self.choose_file)

        self.preview = QTableWidget(0, 0)
        self.preview.setAccessibleName(self.tr("The file's first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()  # the file's own row numbers are not these
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)

        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.use_suggestions = QPushButton(self.tr("Start from the suggestions"))
        remembered_row = QHBoxLayout()
        remembered_row.addWidget(self.remembered, 1)
        remembered_row.addWidget(self.use_suggestions)

        self.account_column = _combo(self.tr("Account column"))
        self.date_column = _combo(self.tr("Date column"))
        self.metric_column = _combo(self.tr("Metric column"))
        self.value_column = _combo(self.tr("Value column"))
        self.period = _combo(self.tr("Period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for period in (Period.AUTO, Period.DAILY, Period.WEEKLY):
            self.period.addItem("", period.value)
        self.period.setItemText(1, self.tr("Daily: each row is one day"))
        self.period.setItemText(
            2, self.tr("Weekly: each row's value holds for the 7 days from its date")
        )
        self.mapping = UsageMappingTable()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        account_hint = self.tr("matched by external id, uid, domain or name")
        self.errors.add("account", _hinted(self.account_column, account_hint), self.tr("&Account:"))
        self.errors.add("date", _hinted(self.date_column, ""), self.tr("&Date:"))
        long_hint = self.tr("only for a long file: one row per account, date and metric")
        self.errors.add("metric", _hinted(self.metric_column, long_hint), self.tr("&Metric:"))
        self.errors.add("value", _hinted(self.value_column, ""), self.tr("&Value:"))
        self.errors.add("period", _hinted(self.period, ""), self.tr("&Period:"))
        self.errors.add("indicators", self.mapping, self.tr("&Indicators:"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview)
        layout.addLayout(remembered_row)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.choices: tuple[QWidget, ...] = (
            self.choose_file,
            self.use_suggestions,
            self.account_column,
            self.date_column,
            self.metric_column,
            self.value_column,
            self.period,
            self.mapping,
        )

    def fit_preview(self) -> None:
        """Tall enough for the header and the first rows, no more."""
        header = self.preview.horizontalHeader().sizeHint().height()
        rows = self.preview.verticalHeader().defaultSectionSize() * PREVIEW_SHOWN
        scroll = self.preview.horizontalScrollBar().sizeHint().height()
        self.preview.setFixedHeight(header + rows + scroll + 2 * self.preview.frameWidth())

    def show_message(self, text: str, *, problem: bool = True) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    # One width for every column choice, whatever the headers: the form reads as a column.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    return box


def _hinted(box: QComboBox, hint: str) -> QWidget:
    """``box`` with a hint after it, as one field of the form."""
    field = QWidget()
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box)
    if hint:
        label = QLabel(hint)
        label.setEnabled(False)
        row.addWidget(label)
    row.addStretch(1)
    field.setFocusProxy(box)
    return field
