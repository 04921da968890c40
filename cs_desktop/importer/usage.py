"""Importing usage exports: indicator values per account and day or week, as daily samples.

Product-analytics tools (Amplitude, Mixpanel, Pendo, a warehouse query...) export one row per
account per period, in one of two shapes:

* **wide**: an account column, a date column and one column per measure
  (``Account, Date, Login rate, Feature adoption``);
* **long**: an account column, a date column, a metric column and a value column
  (``Account, Date, Metric, Value``), one row per measure.

Each indicator reads one column (or metric) or the ratio of two: ``--map "Weekly active
users/Licensed seats=login_rate"``. Without ``--map``, a column or metric named like an
indicator (``login_rate`` or ``Login rate``) is read as it. Accounts are matched by external id
(``hubspot:123`` or just ``123``), uid, domain or exact name.

**Periods.** A daily file gives one sample per row. In a weekly file (the date column's header
says "week", or ``period="weekly"``) each row's date is the first day of its week, and each of
the seven days from it gets the row's value; where two weeks of one account and indicator
overlap (dates not seven days apart), the later week wins on the days they share.

Everything is checked before anything is written; then all samples are written in one
transaction, or none when any row is bad. A sample for an account, indicator and day already in
the store is updated, never duplicated, so importing the same file twice changes nothing.

pandas does the parsing and resampling: a million rows take seconds, not minutes.
"""

from __future__ import annotations

import codecs
import io
import itertools
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from sqlalchemy.exc import SQLAlchemyError

from cs_desktop.coltypes import to_epoch_ms, utc_now
from cs_desktop.db import Store
from cs_desktop.i18n import N_, _, ngettext, pgettext
from cs_desktop.importer.accounts import AccountIndex
from cs_desktop.importer.encoding import detect_encoding
from cs_desktop.importer.reading import CSV_SUFFIXES, detect_delimiter, open_table
from cs_desktop.importer.report import (
    STORE_REFUSED,
    ImportKind,
    ImportRejected,
    ImportReport,
    ImportSetupError,
    ImportWriteError,
    RowProblem,
)
from cs_desktop.importer.values import BadValue, cell_text, date_value, domain_value, uid_value
from cs_desktop.importer.values import symbol_key as _key
from cs_desktop.indicators import SAMPLE_INDICATORS, SIGNED_INDICATORS

if TYPE_CHECKING:
    import pandas as pd

IGNORE = "ignore"
ALREADY_READ = N_("--map {pair}: {target} is already read from {source}")
# --map targets that name a column's role rather than an indicator.
ROLE_FIELDS = ("account", "date", "metric", "value")
_ALIASES: Mapping[str, tuple[str, ...]] = {
    "account": (
        "account",
        "account_id",
        "account external id",
        "account_external_key",
        "external_id",
        "external_key",
        "account_uid",
        "group_id",
        "company_id",
        "customer_id",
        "company",
        "company name",
        "customer",
        "organization",
        "organisation",
        "account name",
        "account_domain",
        "domain",
    ),
    "date": (
        "date",
        "day",
        "sample_date",
        "week",
        "week_start",
        "week starting",
        "week of",
        "period",
        "period_start",
        "event date",
    ),
    "metric": ("metric", "indicator", "indicator_key", "measure", "metric name", "kpi"),
    "value": ("value", "metric value", "amount", "count", "total"),
}
_WRITE_CHUNK = 50_000
_MAX_NAMES_SHOWN = 12
_MAX_UNMATCHED_SHOWN = 5
# A preview reads this much of a CSV, or this many rows of a workbook: enough for the columns,
# a few rows and a long file's metrics, and quick however big the file.
PREVIEW_BYTES = 1 << 20
PREVIEW_ROWS = 5_000
IntArray = npt.NDArray[np.int64]


class Period(StrEnum):
    """How long each row's value lasts."""

    AUTO = "auto"  # weekly when the date column's header says "week", else daily
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class IndicatorSource:
    """Where one indicator is read: a column (or metric), or the ratio of two."""

    key: str
    numerator: str
    denominator: str | None = None

    def describe(self) -> str:
        source = self.numerator + (f"/{self.denominator}" if self.denominator else "")
        return f"{source!r}={self.key}"


@dataclass(frozen=True)
class UsageMap:
    """The parsed ``--map`` pairs: column roles, indicator sources and columns left unread.

    Attributes:
        roles: role (account, date, metric, value) to the column that holds it.
        indicators: indicator key to its column (or metric), or ``"A/B"`` for a ratio.
        ignored: columns left unread.
        automatic: also read the columns named like a role or an indicator that no mapping
            names; off when the mapping lists all there is to read (the window's, which showed
            the automatic matches to the user first).
    """

    roles: Mapping[str, str] = field(default_factory=dict)
    indicators: Mapping[str, str] = field(default_factory=dict)
    ignored: tuple[str, ...] = ()
    automatic: bool = True


class UnmatchedAccounts(ImportSetupError):
    """No row of the file names an account of the store: most likely the wrong column.

    Attributes:
        column: the account column's header.
    """

    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column

    def __reduce__(self) -> tuple[type[UnmatchedAccounts], tuple[str, str]]:
        # Rebuilt from its fields, so it crosses from the import's process to the app's.
        return (UnmatchedAccounts, (str(self), self.column))


def resolve_period(period: Period | str, date_header: str) -> Period:
    """The period a file's rows last: ``auto`` is weekly when the date header says "week"."""
    period = Period(period)
    if period is Period.AUTO:
        return Period.WEEKLY if "week" in _key(date_header) else Period.DAILY
    return period


def role_name(role: str) -> str:
    """What a column holds, as a message names it (``the column that holds the date``)."""
    names = {
        "account": pgettext("column role", "account"),
        "date": pgettext("column role", "date"),
        "metric": pgettext("column role", "metric"),
        "value": pgettext("column role", "value"),
    }
    return names.get(role, role)


def parse_usage_map(pairs: Sequence[str], known: Iterable[str] = SAMPLE_INDICATORS) -> UsageMap:
    """Parse ``--map`` arguments: ``Column=indicator``, ``A/B=indicator``, ``Column=account``...

    Args:
        pairs: the arguments as typed.
        known: the indicator keys an import may write.

    Raises:
        ImportSetupError: a pair without '=', an empty source, an unknown indicator (the
            message lists the known ones), or one indicator or role fed twice.
    """
    known = tuple(known)
    roles: dict[str, str] = {}
    indicators: dict[str, str] = {}
    ignored: list[str] = []
    for pair in pairs:
        source, equals, target = pair.rpartition("=")
        source = source.strip()
        target = "_".join(target.strip().casefold().replace("-", " ").split())
        if not equals or not source or not target:
            raise ImportSetupError(
                _("--map {pair}: expected 'Column=indicator'").format(pair=repr(pair))
            )
        if target == IGNORE:
            ignored.append(source)
        elif target in ROLE_FIELDS:
            if target in roles:
                raise ImportSetupError(
                    _(ALREADY_READ).format(
                        pair=repr(pair), target=repr(target), source=repr(roles[target])
                    )
                )
            roles[target] = source
        elif target in known:
            if target in indicators:
                raise ImportSetupError(
                    _(ALREADY_READ).format(
                        pair=repr(pair), target=repr(target), source=repr(indicators[target])
                    )
                )
            indicators[target] = source
        else:
            raise ImportSetupError(
                _(
                    "--map {pair}: {target} is not an indicator (known: {known}; "
                    "or a column's role: {roles}, or {ignore})"
                ).format(
                    pair=repr(pair),
                    target=repr(target),
                    known=", ".join(known),
                    roles=", ".join(ROLE_FIELDS),
                    ignore=IGNORE,
                )
            )
    return UsageMap(roles, indicators, tuple(ignored))


@dataclass
class UsageFrame:
    """The file as text columns, with each data row's number as the user sees it."""

    headers: list[str]
    data: pd.DataFrame
    rows: IntArray
    encoding: str | None
    delimiter: str | None
    # Only the file's first rows were read (a preview); then about how many it holds.
    complete: bool = True
    estimated_rows: int = 0


@dataclass
class _Problems:
    found: list[RowProblem] = field(default_factory=list)

    def add_many(
        self, rows: Iterable[int], column: str, values: Iterable[Any], reason: str
    ) -> None:
        self.found.extend(
            RowProblem(int(row), column, cell_text(value), reason)
            for row, value in zip(rows, values, strict=True)
        )


def import_usage(
    store: Store,
    path: Path,
    column_map: UsageMap | None = None,
    *,
    period: Period | str = Period.AUTO,
    known: Iterable[str] = SAMPLE_INDICATORS,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a usage export as daily indicator samples, all rows or none.

    Args:
        store: the open store.
        path: a .csv (any common encoding and delimiter) or .xlsx file.
        column_map: from :func:`parse_usage_map`; None reads columns named like indicators.
        period: daily, weekly, or auto (weekly when the date column's header says "week").
        known: the indicator keys that may be written.
        progress: called with (samples written, samples) as the write advances; may raise to
            cancel (nothing is written then).

    Returns:
        The report: rows read; daily samples created, updated, and unchanged (already
        stored with the same value).

    Raises:
        UnmatchedAccounts: no row names an account of the store.
        ImportSetupError: the file cannot be read, a needed column is missing, or the map
            does not fit the file.
        ImportRejected: some rows are bad; its report lists every one. Nothing written.
        ImportWriteError: the store refused the write; nothing was written.
    """
    import pandas as pd

    path = Path(path)
    column_map = column_map or UsageMap()
    known = tuple(known)
    frame = read_usage_frame(path, column_map, known)
    plan = _plan(frame, column_map, known, str(path))
    period = resolve_period(period, frame.headers[plan.date])
    problems = _Problems()
    data = frame.data
    account_text = data.iloc[:, plan.account]
    date_text = data.iloc[:, plan.date]
    layout = f"{plan.layout}, {period.value}"
    positions = {header: i for i, header in reversed(list(enumerate(frame.headers)))}

    def order(column: str) -> int:
        return positions.get(column, -1)

    try:
        with store.write(check_references=False) as session:
            connection = session.connection()
            index = AccountIndex(session)
            account_ids = _match_accounts(
                account_text, frame, index, problems, frame.headers[plan.account]
            )
            if len(account_ids) and not (account_ids >= 0).any():
                raise _unmatched(path, frame.headers[plan.account], account_text)
            days = _parse_days(date_text, frame, problems, frame.headers[plan.date])
            ok = (account_ids >= 0) & (days >= 0)
            samples = _samples(pd, frame, plan, account_ids, days, ok, problems)
            if period is Period.WEEKLY:
                samples = spread_weeks(samples)
            created = updated = unchanged = 0
            if not problems.found:
                created, updated, unchanged = _write(connection, samples, progress)
            report = ImportReport(
                path=path,
                kind=ImportKind.USAGE,
                layout=layout,
                encoding=frame.encoding,
                delimiter=frame.delimiter,
                rows=len(frame.rows),
                created=created,
                updated=updated,
                unchanged=unchanged,
                problems=tuple(sorted(problems.found, key=lambda p: (p.row, order(p.column)))),
                ignored_columns=plan.ignored,
            )
            if problems.found:
                raise ImportRejected(report)
    except SQLAlchemyError as error:
        detail = getattr(error, "orig", None) or error
        raise ImportWriteError(_(STORE_REFUSED).format(path=path, reason=detail)) from error
    return report


# -- reading -----------------------------------------------------------------------------------
def _known_headers(column_map: UsageMap, known: Sequence[str]) -> frozenset[str]:
    names = {_key(a) for aliases in _ALIASES.values() for a in aliases}
    names.update(_key(k) for k in known)
    names.update(_key(SAMPLE_INDICATORS.get(k, k)) for k in known)
    names.update(_key(s) for s in column_map.roles.values())
    names.update(_key(s) for s in column_map.ignored)
    for source in column_map.indicators.values():
        names.add(_key(source))
        names.update(_key(part) for part in source.split("/"))
    return frozenset(names)


def read_usage_frame(
    path: Path, column_map: UsageMap, known: Sequence[str], *, preview: bool = False
) -> UsageFrame:
    """The file as text columns; with ``preview``, only its first rows (a megabyte of a CSV).

    Raises:
        ImportSetupError: the file cannot be read, or is no table.
    """
    import pandas as pd

    names = _known_headers(column_map, known)

    def score(cells: Sequence[str]) -> int:
        return sum(1 for cell in cells if _key(cell) in names)

    suffix = path.suffix.lower()
    try:
        with path.open("rb") as stream:
            data = stream.read(PREVIEW_BYTES + 1 if preview else -1)
            size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError:
        raise ImportSetupError(_("{path}: no such file").format(path=path)) from None
    except OSError as error:
        raise ImportSetupError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror or error)
        ) from None
    complete = len(data) <= PREVIEW_BYTES or not preview
    if suffix not in CSV_SUFFIXES or data.startswith(b"PK\x03\x04"):
        # Workbooks and unknown formats: the shared reader (and its messages).
        with open_table(path, ImportKind.USAGE, score) as table:
            sheet_headers = table.headers
            limit = PREVIEW_ROWS + 1 if preview else None
            read = list(itertools.islice(table.rows(), limit))
            complete = limit is None or len(read) < limit
            estimated = max(table.estimated_rows, len(read))
        read = read[:PREVIEW_ROWS] if preview else read
        damaged = next((record for record in read if record.problems), None)
        if damaged is not None:  # a formula without a value, a cell no encoding reads
            note = damaged.problems[0]
            column = sheet_headers[note.column] if 0 <= note.column < len(sheet_headers) else "?"
            raise ImportSetupError(
                _("{path}: row {row}, column {column}: {value} {reason}").format(
                    path=path,
                    row=damaged.number,
                    column=repr(column),
                    value=repr(note.value),
                    reason=note.reason,
                )
            )
        rows_read = [(record.number, record.cells) for record in read]
        width = len(sheet_headers)
        ragged = [number for number, cells in rows_read if any(cell_text(c) for c in cells[width:])]
        if ragged:
            raise ImportSetupError(
                _("{path}: row {row} has more cells than the header has columns").format(
                    path=path, row=ragged[0]
                )
            )
        records = [
            [cell_text(c) for c in (*cells, *([None] * width))[:width]] for _, cells in rows_read
        ]
        frame = pd.DataFrame(records, columns=range(width), dtype=object)
        rows = np.array([number for number, _ in rows_read], dtype=np.int64)
        return UsageFrame(list(sheet_headers), frame, rows, None, None, complete, estimated)
    if not complete:
        data = _whole_lines(data[:PREVIEW_BYTES])
    if not data.strip():
        raise ImportSetupError(
            _("{path}: the file is empty (expected a header row)").format(path=path)
        )
    try:
        encoding = detect_encoding(data)
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeError:
        raise ImportSetupError(
            _("{path}: the text encoding could not be recognised; save it as CSV UTF-8").format(
                path=path
            )
        ) from None
    delimiter = detect_delimiter(text, score)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        message = str(error).replace("Error tokenizing data. C error: ", "")
        raise ImportSetupError(
            _("{path}: cannot be read as CSV ({reason})").format(path=path, reason=message)
        ) from None
    # Row numbers as a spreadsheet shows them: a quoted cell spanning lines is one row.
    numbers = np.arange(1, len(frame) + 1, dtype=np.int64)
    frame = frame.fillna("")
    filled = np.zeros(len(frame), dtype=bool)
    for column in frame.columns:
        filled |= (frame[column].str.strip() != "").to_numpy()
    if not filled.any():
        raise ImportSetupError(
            _("{path}: the file is empty (expected a header row)").format(path=path)
        )
    header_at = int(np.argmax(filled))
    headers = [str(cell).strip() for cell in frame.iloc[header_at]]
    while headers and not headers[-1]:
        headers.pop()
    keep = filled.copy()
    keep[: header_at + 1] = False
    body = frame.loc[keep].reset_index(drop=True)
    body.columns = pd.RangeIndex(body.shape[1])
    for position in range(len(headers), body.shape[1]):
        crowded = (body.iloc[:, position].astype(str).str.strip() != "").to_numpy()
        if crowded.any():
            row = int(numbers[keep][np.argmax(crowded)])
            raise ImportSetupError(
                ngettext(
                    "{path}: row {row} has more cells than the header's {count} column "
                    "(an unquoted delimiter in a cell?)",
                    "{path}: row {row} has more cells than the header's {count} columns "
                    "(an unquoted delimiter in a cell?)",
                    len(headers),
                ).format(path=path, row=row, count=len(headers))
            )
    body = body.iloc[:, : len(headers)]
    estimated = len(body) if complete else round(len(body) * size / max(len(data), 1))
    return UsageFrame(headers, body, numbers[keep], encoding, delimiter, complete, estimated)


def _whole_lines(data: bytes) -> bytes:
    """``data`` up to its last line break: a preview never ends inside a row (or a character)."""
    cut = data.rfind(b"\n") + 1
    if data.startswith(codecs.BOM_UTF16_LE) and cut % 2:
        cut += 1  # the line break's second byte
    return data[:cut] if cut > 0 else data


# -- which column is which -------------------------------------------------------------------
@dataclass(frozen=True)
class _Plan:
    layout: str  # "wide" or "long"
    account: int
    date: int
    metric: int | None
    value: int | None
    sources: tuple[IndicatorSource, ...]
    ignored: tuple[str, ...]
    # A long file's metrics are known once its rows are read: what resolves them then.
    mapped: Mapping[str, str] = field(default_factory=dict)
    known: tuple[str, ...] = ()
    source: str = ""
    automatic: bool = True


def _find(headers: Sequence[str], name: str, source: str, taken: set[int]) -> int:
    matches = [i for i, h in enumerate(headers) if _key(h) == _key(name) and i not in taken]
    if not matches:
        raise ImportSetupError(
            _("--map: {path} has no column {column} (its columns: {columns})").format(
                path=source, column=repr(name), columns=", ".join(repr(h) for h in headers if h)
            )
        )
    return matches[0]


def suggest_roles(
    headers: Sequence[str],
    column_map: UsageMap | None = None,
    known: Sequence[str] = tuple(SAMPLE_INDICATORS),
    source: str = "",
) -> dict[str, int]:
    """Which column holds each role (account, date, metric, value): mapped, else by name.

    A column named like an indicator, or mapped to one, is never taken for a role. A role no
    column is named like (or, when the map is not ``automatic``, no mapping names) is left out.

    Raises:
        ImportSetupError: a mapped or ignored column is not in ``headers``.
    """
    column_map = column_map or UsageMap()
    keys = [_key(h) for h in headers]
    taken: set[int] = {_find(headers, name, source, set()) for name in column_map.ignored}
    roles: dict[str, int] = {}
    for role, name in column_map.roles.items():
        roles[role] = _find(headers, name, source, taken)
        taken.add(roles[role])
    indicator_names = {_key(k) for k in known} | {_key(SAMPLE_INDICATORS.get(k, k)) for k in known}
    mapped_sources = {_key(s) for s in column_map.indicators.values()}
    for role, aliases in _ALIASES.items() if column_map.automatic else ():
        if role in roles:
            continue
        for alias in aliases:
            found = next(
                (
                    i
                    for i, k in enumerate(keys)
                    if k == _key(alias)
                    and i not in taken
                    and k not in indicator_names
                    and k not in mapped_sources
                ),
                None,
            )
            if found is not None:
                roles[role] = found
                taken.add(found)
                break
    return roles


def _plan(frame: UsageFrame, column_map: UsageMap, known: Sequence[str], source: str) -> _Plan:
    headers = frame.headers
    keys = [_key(h) for h in headers]
    duplicated = {k for k in keys if k and keys.count(k) > 1}
    roles = suggest_roles(headers, column_map, known, source)
    taken = {_find(headers, name, source, set()) for name in column_map.ignored}
    taken.update(roles.values())
    missing = [role for role in ("account", "date") if role not in roles]
    if missing:
        examples = {"account": "'Account', 'External ID', 'Domain'", "date": "'Date', 'Week'"}
        wanted = "; ".join(
            _("{field} (e.g. {examples})").format(field=role, examples=examples[role])
            for role in missing
        )
        columns = ", ".join(repr(h) for h in headers if h) or pgettext("columns", "none")
        raise ImportSetupError(
            _(
                "{path}: missing the column for {wanted}; the file's columns are {columns}; "
                "name it with --map 'Your Column={field}'"
            ).format(path=source, wanted=wanted, columns=columns, field=missing[0])
        )
    for role, index in roles.items():
        if keys[index] in duplicated:
            raise ImportSetupError(
                _(
                    "{path}: column {column} appears more than once; rename or remove one so "
                    "it is clear which one holds the {role}"
                ).format(path=source, column=repr(headers[index]), role=role_name(role))
            )
    long = "metric" in roles and "value" in roles
    if long:
        return _Plan(
            "long",
            roles["account"],
            roles["date"],
            roles["metric"],
            roles["value"],
            (),
            tuple(repr(h) for i, h in enumerate(headers) if i not in roles.values() and h),
            column_map.indicators,
            tuple(known),
            source,
            column_map.automatic,
        )
    names = [h for i, h in enumerate(headers) if i not in taken]
    sources = resolve_sources(
        names, column_map.indicators, known, source, "column", automatic=column_map.automatic
    )
    used = {_key(n) for s in sources for n in (s.numerator, s.denominator) if n}
    for name in used:
        if name in duplicated:
            raise ImportSetupError(
                _("{path}: more than one column is named like {name}").format(
                    path=source, name=repr(name)
                )
            )
    ignored = tuple(
        repr(h) if h else _("{number} (no header)").format(number=i + 1)
        for i, h in enumerate(headers)
        if i not in roles.values() and _key(h) not in used
    )
    return _Plan("wide", roles["account"], roles["date"], None, None, sources, ignored)


def resolve_sources(
    names: Sequence[str],
    mapped: Mapping[str, str],
    known: Sequence[str],
    source: str,
    what: str,
    *,
    automatic: bool = True,
) -> tuple[IndicatorSource, ...]:
    """Which of ``names`` (columns, or a long file's metrics) feed which indicator.

    A mapped source that is not one of ``names`` but splits at a '/' into two of them is a
    ratio. With ``automatic``, names spelt like an indicator's key or label feed it when no
    mapping does.

    Raises:
        ImportSetupError: a mapped source is not there, or nothing feeds any indicator.
    """
    by_key = {_key(n): n for n in names}
    sources: list[IndicatorSource] = []
    for indicator, mapped_source in mapped.items():
        if _key(mapped_source) in by_key:
            sources.append(IndicatorSource(indicator, by_key[_key(mapped_source)]))
            continue
        ratio = _split_ratio(mapped_source, by_key)
        if ratio is None:
            shown = ", ".join(repr(n) for n in names[:_MAX_NAMES_SHOWN])
            more = "..." if len(names) > _MAX_NAMES_SHOWN else ""
            template = (
                _(
                    "--map {pair}: {path} has no column {name}, nor two columns it divides "
                    "(its columns: {names})"
                )
                if what == "column"
                else _(
                    "--map {pair}: {path} has no metric {name}, nor two metrics it divides "
                    "(its metrics: {names})"
                )
            )
            raise ImportSetupError(
                template.format(
                    pair=repr(f"{mapped_source}={indicator}"),
                    path=source,
                    name=repr(mapped_source),
                    names=shown + more,
                )
            )
        sources.append(IndicatorSource(indicator, *ratio))
    for indicator in known if automatic else ():
        if indicator in mapped:
            continue
        for spelling in (indicator, SAMPLE_INDICATORS.get(indicator, indicator)):
            name = by_key.get(_key(spelling))
            if name is not None:
                sources.append(IndicatorSource(indicator, name))
                break
    if not sources:
        template = (
            _(
                "{path}: no column names an indicator; read one with --map "
                "'Your Column=indicator' or 'A/B=indicator' (indicators: {known})"
            )
            if what == "column"
            else _(
                "{path}: no metric names an indicator; read one with --map "
                "'Your Metric=indicator' or 'A/B=indicator' (indicators: {known})"
            )
        )
        raise ImportSetupError(template.format(path=source, known=", ".join(known)))
    return tuple(sources)


def _split_ratio(text: str, by_key: Mapping[str, str]) -> tuple[str, str] | None:
    for match in re.finditer("/", text):
        numerator, denominator = text[: match.start()], text[match.end() :]
        if _key(numerator) in by_key and _key(denominator) in by_key:
            return by_key[_key(numerator)], by_key[_key(denominator)]
    return None


# -- accounts and days -----------------------------------------------------------------------
def _match_accounts(
    text: pd.Series, frame: UsageFrame, index: AccountIndex, problems: _Problems, column: str
) -> IntArray:
    """Each row's account id, or -1 (with a problem) when it names none or several."""
    import pandas as pd

    codes, uniques = pd.factorize(text.str.strip() if text.dtype != object else text)
    by_suffix: dict[str, list[int]] = {}
    for key, stored in index.by_key.items():
        _prefix, colon, tail = key.partition(":")
        if colon:
            by_suffix.setdefault(tail, []).append(stored.id)
    found = np.full(len(uniques), -1, dtype=np.int64)
    reasons: dict[int, str] = {}
    for position, ref in enumerate(uniques):
        ids, reason = _resolve(str(ref).strip(), index, by_suffix)
        if reason:
            reasons[position] = reason
        else:
            found[position] = ids
    account_ids = found[codes]
    for position, reason in reasons.items():
        bad = np.flatnonzero(codes == position)
        problems.add_many(frame.rows[bad], column, [uniques[position]] * len(bad), reason)
    return account_ids


def _unmatched(path: Path, column: str, text: pd.Series) -> UnmatchedAccounts:
    """The error for a file none of whose rows names an account: the column and a few values."""
    values = [str(v) for v in text.astype(str).str.strip().unique() if str(v)]
    if not values:
        message = _(
            "{path}: no row matched an account: the column {column} is empty in every row"
        ).format(path=path, column=repr(column))
        return UnmatchedAccounts(message, column)
    shown = ", ".join(repr(v) for v in values[:_MAX_UNMATCHED_SHOWN])
    more = len(values) - _MAX_UNMATCHED_SHOWN
    if more > 0:
        shown = ngettext("{shown} and {count} other", "{shown} and {count} others", more).format(
            shown=shown, count=more
        )
    message = _(
        "{path}: no row matched an account: the column {column} holds {values}, none of them "
        "an account's external id, uid, domain or name; import those accounts first, or read "
        "the account from another column"
    ).format(path=path, column=repr(column), values=shown)
    return UnmatchedAccounts(message, column)


def _resolve(ref: str, index: AccountIndex, by_suffix: Mapping[str, list[int]]) -> tuple[int, str]:
    if not ref:
        return -1, _("is empty (every row needs its account)")
    stored = index.by_key.get(ref)
    if stored is not None:
        return stored.id, ""
    candidates = sorted(set(by_suffix.get(ref, [])))
    if not candidates:
        try:
            uid_match = index.by_uid.get(uid_value(ref))
        except BadValue:
            uid_match = None
        candidates = [uid_match.id] if uid_match is not None else []
    if not candidates:
        try:
            candidates = [s.id for s in index.by_domain.get(domain_value(ref), [])]
        except BadValue:
            candidates = []
    if not candidates:
        candidates = [s.id for s in index.by_name.get(ref.casefold(), [])]
    if len(candidates) == 1:
        return candidates[0], ""
    if candidates:
        return -1, _(
            "matches {count} accounts in the store; use the account's external id "
            "or uid to say which"
        ).format(count=len(candidates))
    return -1, _("is not an account in the store (by external id, uid, domain or name)")


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _parse_days(text: pd.Series, frame: UsageFrame, problems: _Problems, column: str) -> IntArray:
    """Each row's day (days since 1970-01-01), or -1 (with a problem) when it is no date."""
    import pandas as pd

    codes, uniques = pd.factorize(text)
    parsed = np.full(len(uniques), -1, dtype=np.int64)
    for position, cell in enumerate(uniques):
        reason = ""
        if not cell_text(cell):
            reason = _("is empty (every row needs its date)")
        else:
            try:
                parsed[position] = date_value(cell).toordinal() - _EPOCH_ORDINAL
            except BadValue as bad:
                reason = str(bad)
            if parsed[position] < 0 and not reason:
                reason = _("is before 1970")
        if reason:
            bad_rows = np.flatnonzero(codes == position)
            problems.add_many(frame.rows[bad_rows], column, [cell] * len(bad_rows), reason)
    return parsed[codes]


# -- values ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Samples:
    """Daily samples as parallel arrays (one element per sample)."""

    account_ids: IntArray
    keys: npt.NDArray[np.object_]
    days: IntArray
    values: npt.NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.days)


def _numbers(text: pd.Series) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Values as numbers (``42%`` is 0.42) and where a cell is blank; NaN where unreadable."""
    import pandas as pd

    stripped = text.astype(str).str.strip()
    blank = (stripped == "").to_numpy()
    percent = stripped.str.endswith("%").to_numpy()
    if percent.any():
        stripped = stripped.str.removesuffix("%")
    parsed = pd.to_numeric(stripped, errors="coerce")
    numbers = np.array(parsed.to_numpy(dtype=np.float64, na_value=np.nan), dtype=np.float64)
    numbers[percent] /= 100
    return numbers, blank


def _samples(
    pd: Any,
    frame: UsageFrame,
    plan: _Plan,
    account_ids: IntArray,
    days: IntArray,
    ok: npt.NDArray[np.bool_],
    problems: _Problems,
) -> Samples:
    """Read each indicator's values (or ratios) on the rows whose account and date are good."""
    data = frame.data
    rows = frame.rows
    headers = frame.headers
    columns: dict[str, tuple[pd.Series, IntArray, str]] = {}
    base_ids, base_days = account_ids[ok], days[ok]
    if plan.layout == "wide":
        base_rows = rows[ok]
        _duplicates(
            problems,
            (base_ids, base_days),
            base_rows,
            headers[plan.date],
            data.iloc[:, plan.date][ok],
            _("repeats the account and date of row {row} (each may appear once)"),
        )
        sources = plan.sources
        for source in sources:
            for name in (source.numerator, source.denominator):
                if name and name not in columns:
                    series = data.iloc[:, headers.index(name)][ok].reset_index(drop=True)
                    columns[name] = (series, base_rows, name)
    else:
        assert plan.metric is not None and plan.value is not None
        # The metrics of every row, not only of the good ones: which metric feeds which
        # indicator does not depend on whether the rows naming it are fine.
        every_metric = data.iloc[:, plan.metric].astype(str).str.strip()
        every_code, metric_names = pd.factorize(every_metric)
        names = [str(n) for n in metric_names]
        sources = resolve_sources(
            names, plan.mapped, plan.known, plan.source, "metric", automatic=plan.automatic
        )
        metric_codes = every_code[ok]
        metric_text = every_metric[ok].reset_index(drop=True)
        value_text = data.iloc[:, plan.value][ok].reset_index(drop=True)
        base_rows = rows[ok]
        _duplicates(
            problems,
            (base_ids, base_days, metric_codes.astype(np.int64)),
            base_rows,
            headers[plan.metric],
            metric_text,
            _("repeats the account, date and metric of row {row} (each may appear once)"),
        )
        # Pivot to one row per (account, day): each metric becomes a column of values.
        cell = base_ids * (1 << 20) + base_days
        cell_codes, cells = pd.factorize(cell)
        base_ids, base_days = cells // (1 << 20), cells % (1 << 20)
        used = {n for s in sources for n in (s.numerator, s.denominator) if n}
        for position, name in enumerate(names):
            if name not in used:
                continue
            picked = np.flatnonzero(metric_codes == position)
            values = np.full(len(cells), "", dtype=object)
            value_rows = np.zeros(len(cells), dtype=np.int64)
            values[cell_codes[picked]] = value_text.to_numpy()[picked]
            value_rows[cell_codes[picked]] = base_rows[picked]
            columns[name] = (pd.Series(values), value_rows, headers[plan.value])
    parts: list[Samples] = []
    for source in sources:
        text, value_rows, column = columns[source.numerator]
        numbers, blank = _numbers(text)
        _bad_numbers(problems, numbers, blank, value_rows, column, text)
        present = ~blank
        if source.denominator is not None:
            den_text, den_rows, den_column = columns[source.denominator]
            denominators, den_blank = _numbers(den_text)
            _bad_numbers(problems, denominators, den_blank, den_rows, den_column, den_text)
            zero = (denominators == 0) & ~blank
            problems.add_many(
                den_rows[zero],
                den_column,
                den_text[zero],
                _("is 0: {indicator} is {numerator} divided by it").format(
                    indicator=source.key, numerator=repr(source.numerator)
                ),
            )
            present &= ~den_blank
            with np.errstate(divide="ignore", invalid="ignore"):
                numbers = numbers / denominators
        if source.key not in SIGNED_INDICATORS:
            negative = present & (numbers < 0)
            problems.add_many(
                value_rows[negative],
                column,
                text[negative],
                _("is negative ({indicator} cannot be below 0)").format(indicator=source.key),
            )
        keep = present & np.isfinite(numbers)
        parts.append(
            Samples(
                base_ids[keep].astype(np.int64),
                np.full(int(keep.sum()), source.key, dtype=object),
                base_days[keep].astype(np.int64),
                numbers[keep],
            )
        )
    return _concat(parts)


def _bad_numbers(
    problems: _Problems,
    numbers: npt.NDArray[np.float64],
    blank: npt.NDArray[np.bool_],
    rows: IntArray,
    column: str,
    text: pd.Series,
) -> None:
    bad = ~blank & ~np.isfinite(numbers)
    if bad.any():
        problems.add_many(rows[bad], column, text[bad], _("is not a number"))


def _duplicates(
    problems: _Problems,
    keys: tuple[IntArray, ...],
    rows: IntArray,
    column: str,
    text: pd.Series,
    what: str,
) -> None:
    """Report every row repeating an earlier row's ``keys``, naming the earlier row.

    Args:
        what: the refusal, a phrase with a ``{row}`` field for the earlier row.
    """
    if not len(rows):
        return
    stacked = np.stack(keys, axis=1)
    _unique, first, inverse = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    repeated = np.flatnonzero(first[inverse] != np.arange(len(rows)))
    values = text.to_numpy()
    problems.found.extend(
        RowProblem(
            int(rows[i]),
            column,
            cell_text(values[i]),
            what.format(row=int(rows[first[inverse[i]]])),
        )
        for i in repeated
    )


def _concat(parts: Sequence[Samples]) -> Samples:
    if not parts:
        return Samples(
            np.zeros(0, np.int64), np.zeros(0, object), np.zeros(0, np.int64), np.zeros(0)
        )
    return Samples(
        np.concatenate([p.account_ids for p in parts]),
        np.concatenate([p.keys for p in parts]),
        np.concatenate([p.days for p in parts]),
        np.concatenate([p.values for p in parts]),
    )


def spread_weeks(samples: Samples, days_per_period: int = 7) -> Samples:
    """Resample weekly values to daily ones: each day of a week takes the week's value.

    ``samples.days`` are the first days of the weeks. Where two weeks of one account and
    indicator overlap, the later week's value wins on the days they share.
    """
    import pandas as pd

    if not len(samples):
        return samples
    count = len(samples)
    frame = pd.DataFrame(
        {
            "account": np.repeat(samples.account_ids, days_per_period),
            "key": np.repeat(samples.keys, days_per_period),
            "start": np.repeat(samples.days, days_per_period),
            "day": (
                np.repeat(samples.days, days_per_period)
                + np.tile(np.arange(days_per_period, dtype=np.int64), count)
            ),
            "value": np.repeat(samples.values, days_per_period),
        }
    )
    frame = frame.sort_values(["account", "key", "day", "start"], kind="stable")
    frame = frame.drop_duplicates(["account", "key", "day"], keep="last")
    return Samples(
        frame["account"].to_numpy(np.int64),
        frame["key"].to_numpy(object),
        frame["day"].to_numpy(np.int64),
        frame["value"].to_numpy(np.float64),
    )


# -- writing -----------------------------------------------------------------------------------
_UPSERT = (
    "INSERT INTO health_sample "
    "(account_id, indicator_key, sample_date, value, uid, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (account_id, indicator_key, sample_date) DO UPDATE SET "
    "value = excluded.value, updated_at = excluded.updated_at "
    "WHERE value IS NOT excluded.value"
)


def _write(
    connection: Any, samples: Samples, progress: Callable[[int, int], None] | None
) -> tuple[int, int, int]:
    """Upsert the samples; returns how many were created, updated and already as they were."""
    raw: Any = connection.connection.driver_connection
    total = len(samples)
    (before,) = raw.execute("SELECT count(*) FROM health_sample").fetchone()
    first = int(samples.days.min()) if total else 0
    last = int(samples.days.max()) if total else 0
    epoch = date(1970, 1, 1)
    texts = np.array(
        [(epoch + timedelta(days=d)).isoformat() for d in range(first, last + 1)], dtype=object
    )
    dates = texts[samples.days - first] if total else texts
    now = to_epoch_ms(utc_now())
    noise = bytearray(os.urandom(16 * total))
    # Version 4, RFC 4122 variant: random UUIDs, as uuid.uuid4() makes, at memcpy speed.
    block = np.frombuffer(noise, dtype=np.uint8).reshape(-1, 16)
    block[:, 6] = (block[:, 6] & 0x0F) | 0x40
    block[:, 8] = (block[:, 8] & 0x3F) | 0x80
    packed = bytes(noise)
    account_ids = samples.account_ids.tolist()
    keys = samples.keys.tolist()
    dates_list = dates.tolist()
    values = samples.values.tolist()
    changed = 0  # inserted or updated: an upsert whose value is already stored changes nothing
    for start in range(0, total, _WRITE_CHUNK):
        end = min(start + _WRITE_CHUNK, total)
        cursor = raw.executemany(
            _UPSERT,
            zip(
                account_ids[start:end],
                keys[start:end],
                dates_list[start:end],
                values[start:end],
                [packed[i * 16 : i * 16 + 16] for i in range(start, end)],
                [now] * (end - start),
                [now] * (end - start),
                strict=True,
            ),
        )
        changed += cursor.rowcount
        if progress is not None:
            progress(end, total)
        time.sleep(0)
    (after,) = raw.execute("SELECT count(*) FROM health_sample").fetchone()
    created = after - before
    return created, changed - created, total - changed
