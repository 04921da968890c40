"""Reading the window's words: the catalogs' messages, and every text a widget tree shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

PLACEHOLDERS = re.compile(r"%L?n|%L?\d+|\{[A-Za-z_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    forms: tuple[str, ...]  # the translation (one per numerus form); "" when missing
    kind: str | None  # the translation's type: None, "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str | None, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def messages(ts: Path) -> list[Message]:
    """Every message of a Qt Linguist ``.ts`` file."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (ts, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    numerus,
                    forms,
                    translation.get("type"),
                )
            )
    return found


def placeholders(text: str) -> set[str]:
    """``%1``, ``%n``/``%Ln`` (as ``%n``) and ``{name}`` placeholders of a text."""
    return {match.replace("%Ln", "%n") for match in PLACEHOLDERS.findall(text)}


def plain(text: str) -> str:
    """A text without its keyboard mnemonic: "&File" and "ファイル(&F)" read "File", "ファイル"."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every word ``root`` and its children show or announce."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        for text in (widget.windowTitle(), widget.toolTip(), widget.accessibleName()):
            if text:
                yield where, text
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            yield where, widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield where, widget.title()
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header.count()):
                text = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(text, str):
                    yield where, text
        for action in widget.actions():
            yield f"{where} action", action.text()


def english_left(root: QWidget, catalog: list[Message]) -> list[tuple[str, str]]:
    """What ``root`` still shows in English although ``catalog`` translates it.

    A text equal to a source whose translation says something else (mnemonics aside) was not
    set again when the language changed.
    """
    translated = {
        plain(m.source)
        for m in catalog
        if not m.numerus and m.forms[0] and plain(m.forms[0]) != plain(m.source)
    }
    return sorted({(where, text) for where, text in shown_texts(root) if plain(text) in translated})


def enum_labels() -> set[str]:
    """The domain's enum labels as :mod:`ui.account.labels` gives them now.

    They come from the core's catalog (:mod:`cs_desktop.i18n`), not from the window's.
    """
    from cs_desktop import vocabulary
    from ui.account import labels

    pairs = (
        (labels.stage_label, vocabulary.Stage),
        (labels.tier_label, vocabulary.Tier),
        (labels.kind_label, vocabulary.TouchpointKind),
        (labels.role_label, vocabulary.StakeholderRole),
        (labels.status_label, vocabulary.ObjectiveStatus),
        (labels.outcome_label, vocabulary.RenewalOutcome),
        (labels.reason_label, vocabulary.ChurnReason),
        (labels.risk_category_label, vocabulary.RiskCategory),
        (labels.risk_status_label, vocabulary.RiskStatus),
        (labels.satisfaction_label, vocabulary.Satisfaction),
    )
    return {label(value) for label, kind in pairs for value in kind}  # type: ignore[operator]
