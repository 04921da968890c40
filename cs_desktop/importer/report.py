"""What an import did, or why it refused to: the kinds, problems, report and errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cs_desktop.formats import format_number
from cs_desktop.i18n import N_, _, ngettext, pgettext

# A problem line quotes the offending value; a 5 MB note would drown the report.
_MAX_SHOWN_VALUE = 80


class ImportKind(StrEnum):
    """What a file holds."""

    ACCOUNTS = "accounts"
    TOUCHPOINTS = "touchpoints"
    USAGE = "usage"
    RATES = "rates"


# The summary of a written import, one whole sentence per kind (translated when shown).
_IMPORTED: dict[ImportKind, Callable[[], str]] = {
    ImportKind.ACCOUNTS: lambda: _(
        "Imported accounts from {where}: {rows}, {created} created, {updated} updated."
    ),
    ImportKind.TOUCHPOINTS: lambda: _(
        "Imported touchpoints from {where}: {rows}, {created} created, {updated} updated."
    ),
    ImportKind.USAGE: lambda: _(
        "Imported usage from {where}: {rows}, {created} created, {updated} updated."
    ),
    ImportKind.RATES: lambda: _(
        "Imported exchange rates from {where}: {rows}, {created} created, {updated} updated."
    ),
}

# What an import brought in, as a summary with unchanged rows names it.
_KIND_NAMES: dict[ImportKind, Callable[[], str]] = {
    ImportKind.ACCOUNTS: lambda: _("accounts"),
    ImportKind.TOUCHPOINTS: lambda: _("touchpoints"),
    ImportKind.USAGE: lambda: _("usage"),
    ImportKind.RATES: lambda: _("exchange rates"),
}


class ProblemKind(StrEnum):
    """What a report line is about."""

    INVALID = "invalid"  # the row cannot be imported as it is
    LIKELY_DUPLICATE = "likely_duplicate"  # imported only when duplicates are allowed
    CLEANED = "cleaned"  # a note: control characters were removed from the cell
    DUPLICATE_ADDED = "duplicate_added"  # a note: a likely duplicate was added, as allowed


@dataclass(frozen=True)
class RowProblem:
    """One bad cell (or bad row, when ``column`` is empty), or a note about one.

    Attributes:
        row: the row number as the user sees it in the file or sheet; the header is row 1.
        column: the column's header as written in the file, or "" for a whole-row problem.
        value: the cell's text.
        reason: why it was refused (or what was done), phrased to follow the quoted value.
        kind: what kind of problem or note it is.
    """

    row: int
    column: str
    value: str
    reason: str
    kind: ProblemKind = ProblemKind.INVALID

    def format(self) -> str:
        """``row 7, column 'Renewal Date': '2024-02-30' is not a valid date (...)``."""
        if not self.column:
            return _("row {row}: {reason}").format(row=self.row, reason=self.reason)
        # TRANSLATORS: {reason} is a phrase that follows the quoted {value}, such as
        # "is not a valid date (...)".
        return _("row {row}, column {column}: {value} {reason}").format(
            row=self.row, column=repr(self.column), value=_shown(self.value), reason=self.reason
        )


@dataclass(frozen=True)
class ImportReport:
    """The outcome of one import (or of one rejected attempt, then nothing was written).

    Attributes:
        path: the file read.
        kind: accounts or touchpoints.
        layout: the column layout recognised ("hubspot", "salesforce", "cs-desktop").
        encoding: the text encoding of a CSV file; None for a workbook.
        delimiter: the field delimiter of a CSV file; None for a workbook.
        rows: data rows read (blank lines are not counted).
        created: rows that became new records (for usage: daily samples).
        updated: rows that matched a record already in the store and were rewritten onto it.
        unchanged: for usage, the daily samples already in the store with the same value,
            left untouched (and not counted in ``updated``); None for the imports that do
            not tell them apart.
        problems: every bad row and cell; empty when the import was written.
        ignored_columns: columns that were not read, each with the reason when there is one.
        notices: what the import changed or allowed on its way in: control characters it
            removed, likely duplicates it added because they were allowed.
    """

    path: Path
    kind: ImportKind
    layout: str
    encoding: str | None
    delimiter: str | None
    rows: int
    created: int
    updated: int
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...] = ()
    notices: tuple[RowProblem, ...] = ()
    unchanged: int | None = None

    @property
    def only_likely_duplicates(self) -> bool:
        """Whether allowing duplicates is all it takes for the rejected rows to be imported."""
        return bool(self.problems) and all(
            p.kind is ProblemKind.LIKELY_DUPLICATE for p in self.problems
        )

    def format(self) -> str:
        """A summary, then a line per ignored column, per problem and per notice."""
        source = [_("layout {layout}").format(layout=self.layout)]
        if self.encoding is not None:
            source.append(_("encoding {encoding}").format(encoding=self.encoding))
        if self.delimiter is not None:
            source.append(_("delimiter {name}").format(name=_delimiter_name(self.delimiter)))
        separator = pgettext("list separator", ", ")
        where = _("{path} ({source})").format(path=self.path, source=separator.join(source))
        rows = ngettext("{count} row", "{count} rows", self.rows).format(
            count=format_number(self.rows)
        )
        if self.problems:
            count = len(self.problems)
            problems = ngettext("{count} problem", "{count} problems", count).format(
                count=format_number(count)
            )
            summary = _("Nothing imported from {where}: {problems} in {rows}.").format(
                where=where, problems=problems, rows=rows
            )
        elif self.unchanged is None:
            summary = _IMPORTED[self.kind]().format(
                where=where,
                rows=rows,
                created=format_number(self.created),
                updated=format_number(self.updated),
            )
        else:
            summary = _(
                "Imported {kind} from {where}: {rows}, {created} created, {updated} updated, "
                "{unchanged} unchanged."
            ).format(
                kind=_KIND_NAMES[self.kind](),
                where=where,
                rows=rows,
                created=format_number(self.created),
                updated=format_number(self.updated),
                unchanged=format_number(self.unchanged),
            )
        lines = [summary]
        lines.extend(
            _("ignored column {column}").format(column=column) for column in self.ignored_columns
        )
        lines.extend(problem.format() for problem in self.problems)
        lines.extend(notice.format() for notice in self.notices)
        return "\n".join(lines)


class ImportSetupError(Exception):
    """The file cannot be imported at all: unreadable, unknown format, missing columns, bad map.

    The message names the file or column and is meant for the user.
    """


STORE_REFUSED = N_("{path}: the store refused the import ({reason}); nothing was written")


class ImportWriteError(ImportSetupError):
    """The store refused the write; the transaction was rolled back and nothing was written.

    A subclass of :class:`ImportSetupError` so that callers reporting setup errors report
    this one the same way.
    """


class ImportRejected(Exception):
    """At least one row is bad; nothing was written. ``report`` lists every problem."""

    def __init__(self, report: ImportReport) -> None:
        count = len(report.problems)
        super().__init__(
            ngettext(
                "{path}: {count} bad row or cell; nothing was imported",
                "{path}: {count} bad rows or cells; nothing was imported",
                count,
            ).format(path=report.path, count=format_number(count))
        )
        self.report = report

    def __reduce__(self) -> tuple[type[ImportRejected], tuple[ImportReport]]:
        # Rebuilt from its report, so it crosses from the import's process to the app's.
        return (ImportRejected, (self.report,))


def _shown(value: str) -> str:
    if len(value) > _MAX_SHOWN_VALUE:
        value = value[: _MAX_SHOWN_VALUE - 1] + "…"
    return repr(value)


def _delimiter_name(delimiter: str) -> str:
    names = {
        "\t": pgettext("delimiter", "tab"),
        ",": pgettext("delimiter", "comma"),
        ";": pgettext("delimiter", "semicolon"),
        "|": pgettext("delimiter", "pipe"),
    }
    return names.get(delimiter, repr(delimiter))
