"""What account and touchpoint imports share: walking the rows, collecting problems."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from cs_desktop.importer.layouts import ColumnPlan
from cs_desktop.importer.reading import Table
from cs_desktop.importer.report import RowProblem
from cs_desktop.importer.values import BadValue, Cell, cell_text

T = TypeVar("T")
Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 500


class Problems:
    """Every problem found so far; the import is written only when none were."""

    def __init__(self) -> None:
        self.found: list[RowProblem] = []

    def add(self, row: int, column: str, cell: Cell, reason: str) -> None:
        self.found.append(RowProblem(row, column, cell_text(cell), reason))

    def __bool__(self) -> bool:
        return bool(self.found)

    def sorted(self) -> tuple[RowProblem, ...]:
        return tuple(sorted(self.found, key=lambda p: p.row))


class RowCells:
    """One row's cells by field, with parsing that records problems instead of stopping."""

    def __init__(self, row: int, plan: ColumnPlan, cells: Sequence[Cell], problems: Problems):
        self.row = row
        self.plan = plan
        self.cells = cells
        self.problems = problems
        self.ok = True

    def has(self, field: str) -> bool:
        """Whether the file has a column for ``field``."""
        return field in self.plan.columns

    def raw(self, field: str) -> Cell:
        index = self.plan.columns.get(field)
        return None if index is None or index >= len(self.cells) else self.cells[index]

    def blank(self, field: str) -> bool:
        return cell_text(self.raw(field)) == ""

    def parse(self, field: str, parser: Callable[[Cell], T]) -> T | None:
        """The parsed cell, or None when it is blank, absent or bad (bad ones are recorded)."""
        if self.blank(field):
            return None
        try:
            return parser(self.raw(field))
        except BadValue as bad:
            self.fail(field, str(bad))
            return None

    def fail(self, field: str, reason: str) -> None:
        """Record a problem with this row's ``field`` cell."""
        self.ok = False
        self.problems.add(self.row, self.plan.header(field), self.raw(field), reason)


def walk(
    table: Table, plan: ColumnPlan, problems: Problems, progress: Progress | None
) -> Iterator[RowCells]:
    """The rows whose shape matches the header; ragged rows become problems."""
    width = len(table.headers)
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows, start=1):
        extra = [cell_text(cell) for cell in cells[width:]]
        if any(extra):
            problems.add(
                number,
                "",
                None,
                f"has {width + len(extra)} cells but the header has {width} columns "
                "(an unquoted delimiter or line break in a cell?)",
            )
        elif len(cells) < width:
            problems.add(
                number,
                "",
                None,
                f"has {len(cells)} cells but the header has {width} columns "
                "(a missing delimiter, or a line break in an unquoted cell?)",
            )
        else:
            yield RowCells(number, plan, cells, problems)
        if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
            progress(done, total)


def first_rows(keyed: Iterator[tuple[Hashable, RowCells, str]], what: str) -> dict[Hashable, int]:
    """Report each key seen on an earlier row (naming both rows); the first row of each key."""
    seen: dict[Hashable, int] = {}
    for key, row, field in keyed:
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = row.row
        else:
            row.fail(field, f"is the same {what} as row {earlier} (each may appear once)")
    return seen
