"""Choosing how a usage export is read, before importing it: its preview and the user's choice.

The window reads the first rows of a file (:func:`preview_usage`, off the GUI thread), shows
them, and lets the user say which column names the account and which the date, whether the
file is long (a metric and a value column) and which column (or metric) feeds which indicator,
maybe as the ratio of two. The core's automatic matching (:func:`~cs_desktop.importer.usage.
suggest_roles`, :func:`~cs_desktop.importer.usage.resolve_sources`) makes the first choice;
:meth:`UsageChoice.problems` checks one; :meth:`UsageChoice.usage_map` turns it into the
mapping :func:`~cs_desktop.importer.usage.import_usage` reads, and :meth:`UsageChoice.pairs`
into the ``--map`` arguments of the command line, which is also how a choice is remembered.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cs_desktop.i18n import _
from cs_desktop.importer.report import ImportSetupError
from cs_desktop.importer.usage import (
    IndicatorSource,
    Period,
    UsageMap,
    parse_usage_map,
    read_usage_frame,
    resolve_period,
    resolve_sources,
    role_name,
    suggest_roles,
)
from cs_desktop.importer.values import symbol_key
from cs_desktop.indicators import SAMPLE_INDICATORS

# Rows kept for the preview's table and a column's examples.
SAMPLE_ROWS = 200
# A column with more different values than this is no long file's metric column.
MAX_METRICS = 200
ROLES = ("account", "date", "metric", "value")

_EXAMPLES = 3
_MIDNIGHT = re.compile(r"\d{4}-\d{2}-\d{2} 00:00:00")


@dataclass(frozen=True)
class UsagePreview:
    """The first rows of a usage export and what the core would read from them.

    Attributes:
        path: the file.
        headers: its column headers.
        rows: its first rows (up to :data:`SAMPLE_ROWS`), as text.
        row_count: how many rows it holds; an estimate when ``complete`` is False.
        complete: the whole file was read.
        encoding: a CSV file's text encoding; None for a workbook.
        delimiter: a CSV file's delimiter; None for a workbook.
        roles: the column suggested for each role (account, date, metric, value).
        distinct: each column's different values in the rows read, for the columns with
            few (a long file's metric column is one of them).
    """

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_count: int
    complete: bool
    encoding: str | None
    delimiter: str | None
    roles: Mapping[str, str]
    distinct: Mapping[str, tuple[str, ...]]

    @property
    def shape(self) -> str:
        """A name for the file's set of headers: the next export of the same shape shares it."""
        keys = sorted({symbol_key(header) for header in self.headers if header})
        return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()[:32]

    def names(self, roles: Mapping[str, str]) -> tuple[str, ...]:
        """What may feed an indicator: a long file's metrics, else the columns not in a role."""
        metric = roles.get("metric")
        if metric and roles.get("value"):
            return self.distinct.get(metric, ())
        taken = {roles[role] for role in ROLES if roles.get(role)}
        return tuple(h for h in self.headers if h and h not in taken)

    def examples(self, name: str, roles: Mapping[str, str]) -> tuple[str, ...]:
        """A few non-blank values of a column, or of a long file's metric."""
        metric, value = roles.get("metric"), roles.get("value")
        found: list[str] = []
        if metric and value:
            m, v = self.headers.index(metric), self.headers.index(value)
            cells = (row[v] for row in self.rows if row[m].strip() == name)
        else:
            column = self.headers.index(name)
            cells = (row[column] for row in self.rows)
        for cell in cells:
            if cell.strip():
                found.append(cell.strip())
                if len(found) == _EXAMPLES:
                    break
        return tuple(found)

    def suggested(self) -> UsageChoice:
        """The core's automatic choice: roles and indicators from the names of things."""
        roles = dict(self.roles)
        sources = {s.numerator: (s.key, None) for s in _suggestions(self.names(roles))}
        return UsageChoice(roles, sources)

    def remembered(self, pairs: Sequence[str], period: str) -> UsageChoice | None:
        """A choice kept as ``--map`` pairs, as far as it fits this file; None if it does not.

        A source the file lacks (a long file's metric not in the rows read) is left out.
        """
        try:
            column_map = parse_usage_map(pairs)
            roles = {
                role: self.headers[index]
                for role, index in suggest_roles(self.headers, column_map).items()
                if role in column_map.roles
            }
            chosen = Period(period)
        except (ImportSetupError, ValueError):
            return None
        names = self.names(roles)
        sources: dict[str, tuple[str, str | None]] = {}
        for indicator, source in column_map.indicators.items():
            try:
                [found] = resolve_sources(names, {indicator: source}, (), "", "", automatic=False)
            except ImportSetupError:
                continue
            sources.setdefault(found.numerator, (found.key, found.denominator))
        return UsageChoice(roles, sources, chosen)


@dataclass(frozen=True)
class UsageChoice:
    """How to read a usage export: the columns' roles, what feeds each indicator, the period.

    Attributes:
        roles: role (account, date, metric, value) to the column that holds it.
        sources: a column (or a long file's metric) to the indicator it feeds and, for a
            ratio, the column (or metric) it is divided by.
        period: how long each row's value lasts.
    """

    roles: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    period: Period = Period.AUTO

    @property
    def long(self) -> bool:
        """One row per measure: a metric column names it, a value column holds it."""
        return bool(self.roles.get("metric") and self.roles.get("value"))

    def with_roles(self, preview: UsagePreview, roles: Mapping[str, str]) -> UsageChoice:
        """This choice with other roles.

        Names still there keep what feeds what (a ratio loses a denominator that is gone);
        names new to the list get the core's suggestion, unless their indicator is taken.
        """
        roles = {role: column for role, column in roles.items() if column}
        before, names = set(preview.names(self.roles)), preview.names(roles)
        kept = {name: source for name, source in self.sources.items() if name in names}
        for name, (indicator, denominator) in kept.items():
            if denominator is not None and denominator not in names:
                kept[name] = (indicator, None)
        taken = {indicator for indicator, _denominator in kept.values()}
        for suggestion in _suggestions(names):
            if suggestion.numerator not in before and suggestion.key not in taken:
                kept.setdefault(suggestion.numerator, (suggestion.key, None))
                taken.add(suggestion.key)
        return UsageChoice(roles, kept, self.period)

    def effective_period(self) -> Period:
        """Daily or weekly: what ``auto`` reads from the date column's header."""
        return resolve_period(self.period, self.roles.get("date", ""))

    def problems(self) -> dict[str, str]:
        """What stops an import, by field: account, date, metric, value, indicators."""
        found: dict[str, str] = {}
        for role in ("account", "date"):
            if not self.roles.get(role):
                found[role] = _("Choose the column that holds the {role}").format(
                    role=role_name(role)
                )
        columns = [(role, self.roles.get(role)) for role in ROLES if self.roles.get(role)]
        for position, (role, column) in enumerate(columns):
            earlier = next((r for r, c in columns[:position] if c == column), None)
            if earlier is not None and role not in found:
                found[role] = _("{column} already holds the {role}").format(
                    column=repr(column), role=role_name(earlier)
                )
        if bool(self.roles.get("metric")) != bool(self.roles.get("value")):
            missing = "value" if self.roles.get("metric") else "metric"
            found.setdefault(
                missing,
                _(
                    "A long file needs both a metric column (what each row measures) and a "
                    "value column; choose both, or neither for one column per measure"
                ),
            )
        mapping = self._mapping_problems()
        if mapping:
            found["indicators"] = mapping
        return found

    def _mapping_problems(self) -> str:
        if not self.sources:
            return _("Map at least one column to an indicator")
        lines: list[str] = []
        readers: dict[str, list[str]] = {}
        for name, (indicator, denominator) in self.sources.items():
            readers.setdefault(indicator, []).append(name)
            if denominator is None or symbol_key(denominator) != symbol_key(name):
                continue
            if denominator == name:
                line = _("{indicator}: {column} is divided by itself; choose another column")
            else:  # the import reads both spellings as one column
                line = _(
                    "{indicator}: {column} and {other} differ only in case or punctuation, so "
                    "they read as one column divided by itself; choose another column"
                )
            lines.append(
                line.format(indicator=_label(indicator), column=repr(name), other=repr(denominator))
            )
        for indicator, names in readers.items():
            if len(names) > 1:
                lines.append(
                    _("{indicator} is read from {columns}: keep one").format(
                        indicator=_label(indicator), columns=", ".join(repr(n) for n in names)
                    )
                )
        return "\n".join(lines)

    def pairs(self) -> list[str]:
        """The command line's ``--map`` arguments for this choice."""
        found = [f"{column}={role}" for role, column in self.roles.items() if column]
        for name, (indicator, denominator) in self.sources.items():
            source = f"{name}/{denominator}" if denominator else name
            found.append(f"{source}={indicator}")
        return found

    def usage_map(self) -> UsageMap:
        """The mapping the import reads: exactly what was chosen, nothing matched on its own."""
        return replace(parse_usage_map(self.pairs()), automatic=False)


def preview_usage(path: Path) -> UsagePreview:
    """Read the first rows of ``path`` (any size: a megabyte of it at most) and suggest roles.

    Thread: a worker (it reads the file).

    Raises:
        ImportSetupError: the file cannot be read.
    """
    path = Path(path)
    frame = read_usage_frame(path, UsageMap(), tuple(SAMPLE_INDICATORS), preview=True)
    headers = tuple(frame.headers)
    roles = {
        role: headers[index] for role, index in suggest_roles(headers, source=str(path)).items()
    }
    distinct: dict[str, tuple[str, ...]] = {}
    for position, header in enumerate(headers):
        if not header or header in distinct:
            continue
        values = frame.data.iloc[:, position].astype(str).str.strip()
        unique = [str(v) for v in values.unique()[: MAX_METRICS + 1] if str(v)]
        if len(unique) <= MAX_METRICS:
            distinct[header] = tuple(unique)
    rows = tuple(
        tuple(_shown(str(cell)) for cell in row)
        for row in frame.data.head(SAMPLE_ROWS).itertuples(index=False, name=None)
    )
    return UsagePreview(
        path=path,
        headers=headers,
        rows=rows,
        row_count=frame.estimated_rows if not frame.complete else len(frame.rows),
        complete=frame.complete,
        encoding=frame.encoding,
        delimiter=frame.delimiter,
        roles=roles,
        distinct=distinct,
    )


def _suggestions(names: Sequence[str]) -> tuple[IndicatorSource, ...]:
    try:
        return resolve_sources(names, {}, tuple(SAMPLE_INDICATORS), "", "")
    except ImportSetupError:  # nothing is named like an indicator: nothing to suggest
        return ()


def _shown(cell: str) -> str:
    """A workbook's date as the user typed it: ``2024-03-04``, not ``2024-03-04 00:00:00``."""
    return cell.removesuffix(" 00:00:00") if _MIDNIGHT.fullmatch(cell) else cell


def _label(indicator: str) -> str:
    return _(SAMPLE_INDICATORS.get(indicator, indicator))
