"""What account and touchpoint imports share: walking the rows, collecting problems."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from cs_desktop.i18n import N_, _, ngettext
from cs_desktop.importer.layouts import ColumnPlan
from cs_desktop.importer.progress import ImportProgress
from cs_desktop.importer.reading import Table
from cs_desktop.importer.report import ProblemKind, RowProblem
from cs_desktop.importer.values import BadValue, Cell, cell_text

# Refusals of a key seen on an earlier row, one per kind of key.
SAME_UID = N_("is the same uid as row {row} (each may appear once)")
SAME_EXTERNAL_KEY = N_("is the same external key as row {row} (each may appear once)")
SAME_TOUCHPOINT = N_("is the same touchpoint as row {row} (each may appear once)")
SAME_RECORD_ID = N_("is the same record id as row {row} (each may appear once)")
SAME_ACCOUNT = N_("is the same account as row {row} (each may appear once)")
SAME_RATE = N_("is the same rate (same pair, same day) as row {row}")

T = TypeVar("T")


class Problems:
    """Every problem found so far; the import is written only when none were.

    Notices (what was removed or allowed on the way in) are kept beside them.
    """

    def __init__(self) -> None:
        self.found: list[RowProblem] = []
        self.notices: list[RowProblem] = []

    def add(
        self,
        row: int,
        column: str,
        cell: Cell,
        reason: str,
        kind: ProblemKind = ProblemKind.INVALID,
    ) -> None:
        self.found.append(RowProblem(row, column, cell_text(cell), reason, kind))

    def notice(self, row: int, column: str, cell: Cell, reason: str, kind: ProblemKind) -> None:
        self.notices.append(RowProblem(row, column, cell_text(cell), reason, kind))

    def __bool__(self) -> bool:
        return bool(self.found)

    def sorted(self) -> tuple[RowProblem, ...]:
        return tuple(sorted(self.found, key=lambda p: p.row))

    def sorted_notices(self) -> tuple[RowProblem, ...]:
        return tuple(sorted(self.notices, key=lambda p: p.row))


class RowCells:
    """One row's cells by field, with parsing that records problems instead of stopping."""

    __slots__ = ("cells", "ok", "plan", "problems", "row", "unread")

    def __init__(self, row: int, plan: ColumnPlan, cells: Sequence[Cell], problems: Problems):
        self.row = row
        self.plan = plan
        self.cells = cells
        self.problems = problems
        self.ok = True
        # Columns whose cell could not be read (already reported): no second problem for them.
        self.unread: frozenset[int] = frozenset()

    def has(self, field: str) -> bool:
        """Whether the file has a column for ``field``."""
        return field in self.plan.columns

    def raw(self, field: str) -> Cell:
        index = self.plan.columns.get(field)
        return None if index is None or index >= len(self.cells) else self.cells[index]

    def blank(self, field: str) -> bool:
        return _empty(self.raw(field))

    def parse(self, field: str, parser: Callable[[Cell], T]) -> T | None:
        """The parsed cell, or None when it is blank, absent or bad (bad ones are recorded)."""
        cell = self.raw(field)
        if _empty(cell):
            return None
        try:
            return parser(cell)
        except BadValue as bad:
            self.fail(field, str(bad))
            return None

    def fail(self, field: str, reason: str, kind: ProblemKind = ProblemKind.INVALID) -> None:
        """Record a problem with this row's ``field`` cell."""
        self.ok = False
        if self.plan.columns[field] not in self.unread:
            self.problems.add(self.row, self.plan.header(field), self.raw(field), reason, kind)


def _empty(cell: Cell) -> bool:
    """``cell_text(cell) == ""``, without building the text."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def walk(
    table: Table, plan: ColumnPlan, problems: Problems, progress: ImportProgress
) -> Iterator[RowCells]:
    """The rows whose shape matches the header; ragged and unreadable rows become problems.

    What the reader found (text in another encoding, formulas without a value) is reported
    here, and rows with such cells are yielded already marked bad, so their other cells are
    still checked; control characters it removed become notices.
    """
    width = len(table.headers)

    def column(index: int) -> str:
        if index < 0:
            return ""
        return (
            table.headers[index]
            if index < width and table.headers[index]
            else f"column {index + 1}"
        )

    for note in table.header.cleaned:
        problems.notice(
            table.header.number, column(note.column), note.value, note.reason, ProblemKind.CLEANED
        )
    for done, (number, cells, unreadable, cleaned) in enumerate(table.rows(), start=1):
        for note in cleaned:
            problems.notice(
                number, column(note.column), note.value, note.reason, ProblemKind.CLEANED
            )
        for note in unreadable:
            problems.add(number, column(note.column), note.value, note.reason)
        extra = [cell_text(cell) for cell in cells[width:]]
        if any(extra):
            problems.add(
                number,
                "",
                None,
                _(
                    "has {cells} cells but the header has {columns} columns "
                    "(an unquoted delimiter or line break in a cell?)"
                ).format(cells=width + len(extra), columns=width),
            )
        elif len(cells) < width:
            problems.add(
                number,
                "",
                None,
                ngettext(
                    "has {cells} cells but the header has {columns} column "
                    "(a missing delimiter, or a line break in an unquoted cell?)",
                    "has {cells} cells but the header has {columns} columns "
                    "(a missing delimiter, or a line break in an unquoted cell?)",
                    width,
                ).format(cells=len(cells), columns=width),
            )
        else:
            row = RowCells(number, plan, cells, problems)
            if unreadable:
                row.ok = False
                row.unread = frozenset(note.column for note in unreadable)
            yield row
        progress.checking(done)


def first_rows(keyed: Iterator[tuple[Hashable, RowCells, str]], what: str) -> dict[Hashable, int]:
    """Report each key seen on an earlier row (naming both rows); the first row of each key.

    Args:
        what: the refusal, a phrase with a ``{row}`` field for the earlier row
            (``_(SAME_UID)``).
    """
    seen: dict[Hashable, int] = {}
    for key, row, field in keyed:
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = row.row
        else:
            row.fail(field, what.format(row=earlier))
    return seen
