"""Reading a CSV or XLSX file into a header and rows of cells, with row numbers as shown."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cs_desktop.importer.encoding import detect_encoding
from cs_desktop.importer.report import ImportKind, ImportSetupError
from cs_desktop.importer.values import Cell, cell_text

DELIMITERS = ",;\t|"
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
# The csv module refuses fields over 128 KiB by default; notes may be megabytes long.
_FIELD_LIMIT = 1 << 30


@dataclass(frozen=True)
class Table:
    """A file's header and its non-blank rows.

    Attributes:
        headers: the header row's cells as text, trailing blank ones dropped.
        rows: (row number as shown in a spreadsheet, the row's cells) for each non-blank row.
        encoding: the text encoding of a CSV file; None for a workbook.
        delimiter: the field delimiter of a CSV file; None for a workbook.
    """

    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[Cell, ...]]]
    encoding: str | None
    delimiter: str | None


HeaderScore = Callable[[Sequence[str]], int]


def read_table(path: Path, kind: ImportKind, header_score: HeaderScore) -> Table:
    """Read ``path`` as CSV or XLSX.

    Args:
        path: the file.
        kind: what the file holds; picks a workbook's sheet named like it.
        header_score: how many of a candidate header's cells are known column names; the
            delimiter that makes the header most recognisable wins.

    Raises:
        ImportSetupError: the file is missing, unreadable, of an unknown format or empty.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportSetupError(f"{path}: no such file") from None
    except OSError as error:
        raise ImportSetupError(f"{path}: cannot be read ({error.strerror or error})") from None
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES or (suffix in CSV_SUFFIXES and data.startswith(_ZIP_MAGIC)):
        return _read_xlsx(path, data, kind)
    if suffix == ".xls":
        raise ImportSetupError(
            f"{path}: old Excel .xls workbooks are not supported; save it as .xlsx or .csv"
        )
    if suffix not in CSV_SUFFIXES:
        raise ImportSetupError(f"{path}: unknown file format {suffix!r} (expected .csv or .xlsx)")
    return _read_csv(path, data, header_score)


def _read_csv(path: Path, data: bytes, header_score: HeaderScore) -> Table:
    if not data.strip():
        raise ImportSetupError(f"{path}: the file is empty (expected a header row)")
    try:
        encoding = detect_encoding(data)
        text = data.decode(encoding)
    except UnicodeError:
        raise ImportSetupError(
            f"{path}: the text encoding could not be recognised; save it as CSV UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text, header_score)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        # Each record is one spreadsheet row, even when a quoted cell spans lines.
        for number, record in enumerate(reader, start=1):
            records.append((number, tuple(record)))
    except csv.Error as error:
        raise ImportSetupError(
            f"{path}: row {reader.line_num} cannot be read as CSV ({error})"
        ) from None
    return _table(path, records, encoding, delimiter)


def detect_delimiter(text: str, header_score: HeaderScore) -> str:
    """The delimiter among comma, semicolon, tab and pipe that splits the header best.

    The header's recognised column names decide first; csv.Sniffer decides when none are
    recognised (a file read only through --map); failing that, the character that occurs most
    in the first line; failing that, a comma.
    """
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    scores = {
        delimiter: header_score(next(csv.reader([first_line], delimiter=delimiter), []))
        for delimiter in DELIMITERS
    }
    best = max(scores.values())
    if best > 0:
        tied = [delimiter for delimiter, score in scores.items() if score == best]
        if len(tied) == 1:
            return tied[0]
    else:
        tied = list(DELIMITERS)
    try:
        sniffed = csv.Sniffer().sniff(text[:64_000], delimiters="".join(tied)).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in tied:
        return sniffed
    counts = {delimiter: first_line.count(delimiter) for delimiter in tied}
    most = max(counts, key=lambda delimiter: counts[delimiter])
    return most if counts[most] else ","


def _read_xlsx(path: Path, data: bytes, kind: ImportKind) -> Table:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportSetupError(f"{path}: not a readable .xlsx workbook ({error})") from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise ImportSetupError(f"{path}: the workbook has no sheets")
        wanted = {kind.value, kind.value.rstrip("s")}
        sheet = next((s for s in sheets if s.title.strip().casefold() in wanted), sheets[0])
        if hasattr(sheet, "reset_dimensions"):
            # Some writers record a wrong sheet size; read every row that is really there.
            sheet.reset_dimensions()
        records = [
            (number, tuple(values))
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1)
        ]
    finally:
        workbook.close()
    return _table(path, records, None, None)


def _table(
    path: Path,
    records: list[tuple[int, tuple[Cell, ...]]],
    encoding: str | None,
    delimiter: str | None,
) -> Table:
    non_blank = [(n, cells) for n, cells in records if any(cell_text(c) for c in cells)]
    if not non_blank:
        raise ImportSetupError(f"{path}: the file is empty (expected a header row)")
    (_, header_cells), *rows = non_blank
    headers = [cell_text(cell) for cell in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    return Table(tuple(headers), rows, encoding, delimiter)
