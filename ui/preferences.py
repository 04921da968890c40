"""Edit > Preferences…: the settings of this computer's app, applied when OK is pressed.

Each setting is a row of the form: a label, a field, and what OK does with it. The language is
the first; other settings add theirs with :meth:`PreferencesDialog.add_row` (the reporting
currency of the money views goes right under the language).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.i18n import LANGUAGES, NATIVE_NAMES, Lang
from ui.translation import (
    apply_language,
    current_language,
    save_language,
    saved_language,
    system_language,
)

SYSTEM = ""  # the language box's value for "follow the system"


class PreferencesDialog(QDialog):
    """The preferences; OK applies and keeps them, Cancel leaves everything as it was.

    Signals:
        applied: OK was pressed and every row's setting is in place.
    """

    applied = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._appliers: list[Callable[[], None]] = []

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = NATIVE_NAMES[system_language()]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), SYSTEM)
        for language in LANGUAGES:  # each in its own words: findable whatever is shown now
            self.language.addItem(NATIVE_NAMES[language], language)
        chosen = saved_language(settings)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or SYSTEM)))
        self.add_row(self.tr("&Language:"), self.language, self._apply_language)
        note = QLabel(
            self.tr("The window changes language at once; open accounts and typed text stay.")
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        # Settings added later (the reporting currency) come as rows here, through add_row.

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add_row(self, label: str, field: QWidget, apply: Callable[[], None]) -> None:
        """Add a setting: its label, its field, and what OK does with the field's value."""
        self.form.addRow(label, field)
        self._appliers.append(apply)

    def chosen_language(self) -> Lang | None:
        """The language picked in the box; None to follow the system."""
        value = self.language.currentData()
        return value if value in LANGUAGES else None

    def accept(self) -> None:
        for apply in self._appliers:
            apply()
        super().accept()
        self.applied.emit()

    def _apply_language(self) -> None:
        chosen = self.chosen_language()
        save_language(self.settings, chosen)
        language = chosen or system_language()
        if language != current_language():
            apply_language(language)
