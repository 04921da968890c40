"""A window of a kind opens once, is raised while open and is made afresh after closing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from ui.single_dialog import SingleDialog


def test_one_dialog_while_open_and_a_fresh_one_after_closing(qtbot: Any) -> None:
    made: list[QDialog] = []

    def make() -> QDialog:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    slot = SingleDialog(make)
    assert slot.current is None
    first = slot.show()
    assert slot.show() is first and slot.current is first and first.isVisible()
    first.reject()
    assert slot.current is None
    second = slot.show()
    assert second is not first and made == [first, second]
