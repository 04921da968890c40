"""The workspace header: who the account is, what it is worth, when it renews, which stage."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.account_detail import AccountHeader
from cs_desktop.money import format_money
from cs_desktop.vocabulary import Stage
from ui.account.labels import renewal_countdown, stage_label, tier_label
from ui.dates import date_text
from ui.translation import Words, is_language_change

URGENT_COLOUR = "#c62828"


class StageStepper(QWidget):
    """Sales → delivery → service → value; the current stage is highlighted.

    Clicking another stage emits ``stage_requested``; the highlight stays on the recorded stage
    until the move is saved and the account reloads.
    """

    stage_requested = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        self.words.bind(self.setAccessibleName, lambda: self.tr("Lifecycle stage"))
        self._stage: Stage | None = None
        self.buttons: dict[Stage, QPushButton] = {}
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for number, stage in enumerate(Stage, start=1):
            if number > 1:
                arrow = QLabel("→")
                arrow.setAccessibleName("")
                layout.addWidget(arrow)
            button = QPushButton(f"{number}  {stage_label(stage)}")
            button.setCheckable(True)
            button.setObjectName("stageStep")
            self.words.bind(button.setAccessibleName, partial(self._step_name, stage))
            self.words.bind(button.setToolTip, partial(self._step_tip, stage))
            button.clicked.connect(lambda _=False, s=stage: self._on_step_clicked(s))
            self._group.addButton(button)
            self.buttons[stage] = button
            layout.addWidget(button)

    @property
    def stage(self) -> Stage | None:
        return self._stage

    def _step_name(self, stage: Stage) -> str:
        return self.tr("Stage: %1").replace("%1", stage_label(stage))

    def _step_tip(self, stage: Stage) -> str:
        return self.tr("Move the account to %1…").replace("%1", stage_label(stage))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._stage is not None:
                self.set_stage(self._stage)
            else:
                for number, (stage, button) in enumerate(self.buttons.items(), start=1):
                    button.setText(f"{number}  {stage_label(stage)}")
        super().changeEvent(event)

    def set_stage(self, stage: Stage) -> None:
        self._stage = stage
        order = list(Stage)
        for other, button in self.buttons.items():
            button.setChecked(other == stage)
            passed = order.index(other) < order.index(stage)
            # Passed stages are ticked, so the stepper reads as progress, not only a choice.
            prefix = "✓" if passed else str(order.index(other) + 1)
            button.setText(f"{prefix}  {stage_label(other)}")
            button.setProperty("current", other == stage)
            button.setAccessibleDescription(
                self.tr("current stage") if other == stage else self.tr("press to move here")
            )
        self._restyle()

    def _restyle(self) -> None:
        # Segments styled in full (not only :checked) so all four have the same metrics; no bold
        # for the current one, as a bolder label would not fit the width measured unchecked.
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText).name()
        base = palette.color(QPalette.ColorRole.Button).name()
        text = palette.color(QPalette.ColorRole.ButtonText).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        self.setStyleSheet(
            f"QPushButton#stageStep {{ padding: 5px 14px; border: 1px solid {border};"
            f" border-radius: 4px; background: {base}; color: {text}; }}"
            f"QPushButton#stageStep:focus {{ border: 2px solid {highlight}; }}"
            f"QPushButton#stageStep:checked {{ background: {highlight}; color: {on_highlight};"
            f" border-color: {highlight}; }}"
        )

    def _on_step_clicked(self, stage: Stage) -> None:
        if self._stage is not None:
            self.set_stage(self._stage)  # keep showing the recorded stage until it moves
        if stage != self._stage:
            self.stage_requested.emit(stage)


class AccountHeaderBar(QFrame):
    """Name, tier, ARR, renewal countdown and the stage stepper.

    Signals:
        edit_requested: the user wants to edit the account (its Edit… button).
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        self._shown: tuple[AccountHeader, date] | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name.setMinimumWidth(200)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.arr = QLabel()
        self.words.bind(self.arr.setAccessibleName, lambda: self.tr("Annual recurring revenue"))
        arr_font = QFont(self.arr.font())
        arr_font.setPointSizeF(arr_font.pointSizeF() * 1.3)
        arr_font.setBold(True)
        self.arr.setFont(arr_font)
        self.renewal = QLabel()
        self.words.bind(self.renewal.setAccessibleName, lambda: self.tr("Renewal countdown"))
        self.stepper = StageStepper()
        self.edit_button = QPushButton()
        self.words.bind(self.edit_button.setText, lambda: self.tr("Edit…"))
        self.words.bind(self.edit_button.setAccessibleName, lambda: self.tr("Edit account"))
        self.words.bind(
            self.edit_button.setToolTip,
            lambda: self.tr("Edit the account's name, domain, tier, ARR, dates…"),
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.archived = QLabel()
        self.words.bind(self.archived.setText, lambda: self.tr("Archived: not in the portfolio"))
        self.archived.setStyleSheet(f"color: {URGENT_COLOUR}; font-weight: bold;")
        self.archived.hide()

        title = QHBoxLayout()
        title.setSpacing(8)
        # The name takes its width (shrinking for a long one), the button follows it.
        self.name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        title.addWidget(self.name)
        title.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch(1)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addLayout(title)
        names.addWidget(self.facts)
        names.addWidget(self.archived)
        money = QVBoxLayout()
        money.setSpacing(2)
        money.addWidget(self.arr, 0, Qt.AlignmentFlag.AlignRight)
        money.addWidget(self.renewal, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(24)
        layout.addLayout(names, 1)
        layout.addLayout(money)
        layout.addWidget(self.stepper, 0, Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._shown is not None:
                self.set_header(*self._shown)
        super().changeEvent(event)

    def set_header(self, header: AccountHeader, today: date) -> None:
        self._shown = (header, today)
        self.name.setText(header.name)
        self.name.setToolTip(header.name)
        facts = [tier_label(header.tier)]
        facts += [part for part in (header.segment, header.domain) if part]
        if header.owner:
            facts.append(self.tr("owner %1").replace("%1", header.owner))
        self.facts.setText("  ·  ".join(facts))
        self.arr.setText(self.tr("ARR %1").replace("%1", format_money(header.arr, header.currency)))
        text, urgent = renewal_countdown(header.renewal_date, today)
        if header.renewal_date is not None:
            text = (
                self.tr("%1 (%2)", "the renewal countdown (the renewal date)")
                .replace("%1", text)
                .replace("%2", date_text(header.renewal_date, "long"))
            )
        self.renewal.setText(text)
        self.renewal.setProperty("urgent", urgent)
        self.renewal.setStyleSheet(f"color: {URGENT_COLOUR}; font-weight: bold;" if urgent else "")
        self.stepper.set_stage(header.stage)
        self.archived.setVisible(header.archived_at is not None)
