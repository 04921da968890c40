"""One box across account names and every touchpoint note (Ctrl+F / Ctrl+K)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from cs_desktop.ids import AccountId, TouchpointId
from cs_desktop.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    AccountHit,
    QueryError,
    TouchpointHit,
    parse_query,
    search_accounts,
    search_touchpoints,
)
from ui.account.labels import kind_label, stage_label, tier_label
from ui.dates import moment_date_text
from ui.tasks import TaskRunner
from ui.translation import Words, is_language_change, number

SEARCH_DELAY_MS = 150
LIMIT = 50


@dataclass(frozen=True)
class SearchResults:
    query: str
    accounts: tuple[AccountHit, ...]
    touchpoints: tuple[TouchpointHit, ...]


def run_search(connection: Connection, query: str) -> SearchResults:
    try:
        accounts = tuple(search_accounts(connection, query, limit=10))
        touchpoints = tuple(search_touchpoints(connection, query, limit=LIMIT))
    except QueryError:
        return SearchResults(query, (), ())
    return SearchResults(query, accounts, touchpoints)


def highlighted_html(snippet: str) -> str:
    """Escape user text first, then turn the highlight marks into bold."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class SearchDialog(QDialog):
    """Type to search; Enter opens the account (at the touchpoint, for a note hit)."""

    account_chosen = Signal(object)  # AccountId
    touchpoint_chosen = Signal(object, object)  # AccountId, TouchpointId
    results_shown = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        words = self.words = Words()
        words.bind(self.setWindowTitle, lambda: self.tr("Search accounts and notes"))
        self.resize(760, 560)
        self.query = QLineEdit()
        words.bind(
            self.query.setPlaceholderText,
            lambda: self.tr('Search names and notes — e.g. onboarding, 導入, "case study"'),
        )
        words.bind(self.query.setAccessibleName, lambda: self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.results = QListWidget()
        words.bind(self.results.setAccessibleName, lambda: self.tr("Search results"))
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self._latest = ""
        self._found: SearchResults | None = None
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._start_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._on_query_return)
        self.results.itemActivated.connect(self._on_results_activated)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            if self._found is not None and self._found.query == self._latest:
                row = self.results.currentRow()
                self._on_search_done(self._found)
                self.results.setCurrentRow(row)
            elif self._latest:
                self.status.setText(self._query_problem(self._latest))
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query.hasFocus():
            self.results.setFocus()
            if self.results.currentRow() < 0 and self.results.count():
                self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)

    def search_for(self, text: str) -> None:
        self.query.setText(text)
        self._debounce.stop()
        self._start_search()

    def _start_search(self) -> None:
        text = self.query.text().strip()
        self._latest = text
        problem = self._query_problem(text) if text else ""
        if not text or problem:
            self.results.clear()
            self.status.setText(problem)
            return
        self.status.setText(self.tr("Searching…"))
        self.runner.read(self.tr("Search"), lambda c: run_search(c, text), self._on_search_done)

    def _query_problem(self, text: str) -> str:
        """Why ``text`` cannot be searched for (too long, too many words), or ""."""
        if len(text) > MAX_QUERY_CHARS:
            return (
                self.tr("The search text is too long (%1 characters): search for at most %2.")
                .replace("%1", number(len(text)))
                .replace("%2", number(MAX_QUERY_CHARS))
            )
        try:
            parse_query(text)
        except QueryError:
            return self.tr(
                "The search text has too many words: search for at most %Ln different word(s).",
                "",
                MAX_QUERY_TERMS,
            )
        return ""

    def _on_search_done(self, found: SearchResults) -> None:
        if found.query != self._latest:
            return  # a newer query is on its way; drop stale results
        self._found = found
        self.results.clear()
        for account in found.accounts:
            facts = f"{tier_label(account.tier)} · {stage_label(account.stage)}"
            self._add_item(
                f"<b>{html.escape(account.name)}</b>"
                f"<br><span style='color:gray'>{html.escape(facts)}</span>",
                ("account", account.account_id, None),
                self.tr("Account %1").replace("%1", account.name),
            )
        for hit in found.touchpoints:
            when = moment_date_text(hit.occurred_at)
            self._add_item(
                f"<b>{html.escape(hit.account_name)}</b> · {html.escape(when)} · "
                f"{html.escape(kind_label(hit.kind))}: {html.escape(hit.title)}"
                f"<br>{highlighted_html(hit.snippet)}",
                ("touchpoint", hit.account_id, hit.touchpoint_id),
                f"{hit.account_name}, {when}, {hit.title}",
            )
        total = len(found.accounts) + len(found.touchpoints)
        if not total:
            self.status.setText(self.tr("No matches"))
        elif len(found.touchpoints) >= LIMIT:
            self.status.setText(self.tr("Best %1 matches").replace("%1", number(total)))
        else:
            self.status.setText(self.tr("%Ln match(es)", "", total))
        if total:
            self.results.setCurrentRow(0)
        self.results_shown.emit()

    def _add_item(
        self, rich: str, target: tuple[str, AccountId, TouchpointId | None], name: str
    ) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        label = QLabel(rich)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item.setSizeHint(label.sizeHint())
        self.results.addItem(item)
        self.results.setItemWidget(item, label)

    def _on_query_return(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._start_search()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._on_results_activated(item)

    def _on_results_activated(self, item: QListWidgetItem) -> None:
        kind, account_id, touchpoint_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == "touchpoint":
            self.touchpoint_chosen.emit(account_id, touchpoint_id)
        else:
            self.account_chosen.emit(account_id)
        self.accept()
