"""Reading a CSV or XLSX file as a stream of rows, numbered as a spreadsheet shows them.

Nothing holds the whole file: a CSV file is read line by line, once to learn its encoding and
once for its rows; a workbook row by row. Each row comes with what is wrong with it (text in
another encoding, a formula without a value) and what was removed from it (control characters),
for the import to report.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, NamedTuple

from cs_desktop.control_chars import has_controls, remove_controls
from cs_desktop.i18n import N_, _
from cs_desktop.importer.encoding import FileEncoding, label, scan_lines
from cs_desktop.importer.report import ImportKind, ImportSetupError
from cs_desktop.importer.values import Cell, cell_text

DELIMITERS = ",;\t|"
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
# The csv module refuses fields over 128 KiB by default; notes may be megabytes long.
_FIELD_LIMIT = 1 << 30
# What the delimiter is guessed from: the start of the file.
_SNIFF_BYTES = 64_000
_SAVE_AS_UTF8 = N_("save the file as CSV UTF-8 and import it again")
# A formula element in a worksheet's XML, with or without a namespace prefix.
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_EXCEL_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
)


@dataclass(frozen=True, slots=True)
class CellNote:
    """Something about one cell of a row (or the whole row, when ``column`` is -1).

    Attributes:
        column: the cell's index in the row; -1 for the whole row.
        value: the cell's text as the report quotes it.
        reason: phrased to follow the quoted value.
    """

    column: int
    value: str
    reason: str


class Record(NamedTuple):
    """One row of the file.

    Attributes:
        number: the row number a spreadsheet shows; the first line is row 1.
        cells: the row's cells: text from CSV, typed values from a workbook.
        problems: why cells of this row cannot be imported as they are.
        cleaned: control characters removed from its cells; the row is fine without them.
    """

    number: int
    cells: tuple[Cell, ...]
    problems: tuple[CellNote, ...] = ()
    cleaned: tuple[CellNote, ...] = ()


class Table:
    """An open import file: its header and its rows, read as they are asked for (once).

    Use as a context manager: the file stays open until the rows have been read.

    Attributes:
        header: the header row (the first row that is not blank).
        headers: the header row's cells as text, trailing blank ones dropped.
        encoding: the text encoding of a CSV file; None for a workbook.
        delimiter: the field delimiter of a CSV file; None for a workbook.
        estimated_rows: about how many rows follow the header, for progress.
        rows_read: the rows :meth:`rows` has given so far.
    """

    def __init__(
        self,
        records: Iterator[Record],
        close: Callable[[], None],
        source: Path,
        encoding: str | None,
        delimiter: str | None,
        estimated_rows: int,
    ) -> None:
        self._records = records
        self._close = close
        self.encoding = encoding
        self.delimiter = delimiter
        self.rows_read = 0
        try:
            header = next((r for r in records if not _blank(r.cells)), None)
        except BaseException:
            close()
            raise
        if header is None:
            close()
            raise ImportSetupError(
                _("{path}: the file is empty (expected a header row)").format(path=source)
            )
        self.header = header
        headers = [cell_text(cell) for cell in header.cells]
        while headers and not headers[-1]:
            headers.pop()
        self.headers = tuple(headers)
        self.estimated_rows = max(estimated_rows - 1, 0)

    def rows(self) -> Iterator[Record]:
        """The rows after the header that are not blank, in file order."""
        for record in self._records:
            if not _blank(record.cells):
                self.rows_read += 1
                yield record

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


HeaderScore = Callable[[Sequence[str]], int]


def open_table(path: Path, kind: ImportKind, header_score: HeaderScore) -> Table:
    """Open ``path`` as CSV or XLSX and read its header.

    Args:
        path: the file.
        kind: what the file holds; picks a workbook's sheet named like it.
        header_score: how many of a candidate header's cells are known column names; the
            delimiter that makes the header most recognisable wins.

    Raises:
        ImportSetupError: the file is missing, unreadable, of an unknown format, in no text
            encoding the import knows, or empty.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ImportSetupError(_("{path}: no such file").format(path=path)) from None
    except OSError as error:
        raise ImportSetupError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror or error)
        ) from None
    try:
        suffix = path.suffix.lower()
        magic = handle.read(len(_ZIP_MAGIC))
        handle.seek(0)
        if suffix in XLSX_SUFFIXES or (suffix in CSV_SUFFIXES and magic == _ZIP_MAGIC):
            handle.close()
            return _open_xlsx(path, kind)
        if suffix == ".xls":
            raise ImportSetupError(
                _(
                    "{path}: old Excel .xls workbooks are not supported; save it as .xlsx or .csv"
                ).format(path=path)
            )
        if suffix not in CSV_SUFFIXES:
            raise ImportSetupError(
                _("{path}: unknown file format {suffix} (expected .csv or .xlsx)").format(
                    path=path, suffix=repr(suffix)
                )
            )
        return _open_csv(path, handle, header_score)
    except BaseException:
        handle.close()
        raise


# ---- CSV -----------------------------------------------------------------------------------


def _open_csv(path: Path, handle: IO[bytes], header_score: HeaderScore) -> Table:
    start = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return _open_utf16(path, handle, start, header_score)
    try:
        plan = scan_lines(handle)
    except UnicodeError:
        raise ImportSetupError(
            _("{path}: the text encoding could not be recognised; {advice}").format(
                path=path, advice=_(_SAVE_AS_UTF8)
            )
        ) from None
    handle.seek(0)
    if not plan.lines:
        raise ImportSetupError(
            _("{path}: the file is empty (expected a header row)").format(path=path)
        )
    text = start.decode(plan.encoding, errors="replace").removeprefix("\ufeff")
    delimiter = detect_delimiter(text, header_score)
    records = _csv_records(path, handle, plan, delimiter)
    return Table(records, handle.close, path, plan.encoding, delimiter, plan.lines)


def _open_utf16(path: Path, handle: IO[bytes], start: bytes, header_score: HeaderScore) -> Table:
    text = start.decode("utf-16", errors="replace")
    delimiter = detect_delimiter(text, header_score)
    lines = io.TextIOWrapper(handle, encoding="utf-16", newline="")
    reader = csv.reader(lines, delimiter=delimiter)

    def records() -> Iterator[Record]:
        try:
            for number, cells in enumerate(reader, start=1):
                yield _cleaned(number, tuple(cells), ())
        except UnicodeDecodeError:
            raise ImportSetupError(
                _("{path}: row {row} cannot be read as UTF-16; {advice}").format(
                    path=path, row=reader.line_num + 1, advice=_(_SAVE_AS_UTF8)
                )
            ) from None
        except csv.Error as error:
            raise ImportSetupError(
                _("{path}: row {row} cannot be read as CSV ({reason})").format(
                    path=path, row=reader.line_num, reason=error
                )
            ) from None

    return Table(records(), lines.close, path, "utf-16", delimiter, 0)


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


def _csv_records(
    path: Path, handle: IO[bytes], plan: FileEncoding, delimiter: str
) -> Iterator[Record]:
    """The file's records, each with the encoding problems of the lines it was read from."""
    # Line number (as the csv module counts them) -> why that line's text is not trusted.
    odd_lines: dict[int, str] = {}
    reader = csv.reader(_decoded_lines(handle, plan, odd_lines), delimiter=delimiter)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    lines_before = 0
    try:
        # Each record is one spreadsheet row, even when a quoted cell spans lines.
        for number, record in enumerate(reader, start=1):
            cells = tuple(record)
            problems: tuple[CellNote, ...] = ()
            if odd_lines:
                reasons = [
                    odd_lines.pop(line)
                    for line in range(lines_before + 1, reader.line_num + 1)
                    if line in odd_lines
                ]
                if reasons:
                    problems = _encoding_problems(cells, reasons[0])
            lines_before = reader.line_num
            yield _cleaned(number, cells, problems)
    except csv.Error as error:
        raise ImportSetupError(
            _("{path}: row {row} cannot be read as CSV ({reason})").format(
                path=path, row=reader.line_num, reason=error
            )
        ) from None


def _decoded_lines(
    handle: IO[bytes], plan: FileEncoding, odd_lines: dict[int, str]
) -> Iterator[str]:
    """The file's lines as text; a line that is not in the file's encoding is noted.

    A line in the other encoding of a mixed file is decoded in that one, so that the report
    quotes what the user wrote; a line in none is decoded with replacement characters.
    """
    encoding = "utf-8" if plan.encoding == "utf-8-sig" else plan.encoding
    mixed_in_utf8 = plan.stray == "utf-8"
    where = label(plan.encoding)
    count = 0
    for index, raw in enumerate(handle):
        if index == 0 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        reason = ""
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            text, reason = _stray_line(raw, encoding, plan.stray)
        else:
            if mixed_in_utf8 and not raw.isascii():
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    pass
                else:
                    reason = _(
                        "is UTF-8 text in a {encoding} file (the file mixes encodings)"
                    ).format(encoding=where)
        for piece in _split_at_carriage_returns(text):
            count += 1
            if reason:
                odd_lines[count] = reason
            yield piece


def _stray_line(raw: bytes, encoding: str, stray: str | None) -> tuple[str, str]:
    """The text of a line that is not in the file's ``encoding``, and what is wrong with it."""
    where = label(encoding)
    if stray is not None and stray != "utf-8":
        try:
            text = raw.decode(stray)
        except UnicodeDecodeError:
            pass
        else:
            return text, _(
                "is {stray} text in a {encoding} file (the file mixes encodings)"
            ).format(stray=label(stray), encoding=where)
    return (
        raw.decode(encoding, errors="replace"),
        _("cannot be read as {encoding} (some bytes are not {encoding} text)").format(
            encoding=where
        ),
    )


def _split_at_carriage_returns(text: str) -> Iterator[str]:
    """Lines ending in CR alone (old Mac files) split as the csv module expects them."""
    inner = text.count("\r") - text.endswith(("\r\n", "\r"))
    if inner <= 0:
        yield text
    else:
        yield from io.StringIO(text, newline="")


def _encoding_problems(cells: tuple[str, ...], reason: str) -> tuple[CellNote, ...]:
    full = _("{reason}; {advice}").format(reason=reason, advice=_(_SAVE_AS_UTF8))
    # Only cells with characters beyond ASCII can hold the odd text.
    notes = tuple(
        CellNote(index, cell, full) for index, cell in enumerate(cells) if not cell.isascii()
    )
    return notes or (CellNote(-1, "", full),)


# ---- XLSX ----------------------------------------------------------------------------------


def _open_xlsx(path: Path, kind: ImportKind) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = (zipfile.BadZipFile, KeyError, ValueError, OSError, InvalidFileException)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except unreadable as error:
        raise ImportSetupError(
            _("{path}: not a readable .xlsx workbook ({reason})").format(path=path, reason=error)
        ) from None
    opened = [workbook]

    def close() -> None:
        for book in opened:
            book.close()

    try:
        sheets = workbook.worksheets
        if not sheets:
            raise ImportSetupError(_("{path}: the workbook has no sheets").format(path=path))
        wanted = {kind.value, kind.value.rstrip("s")}
        index = next((i for i, s in enumerate(sheets) if s.title.strip().casefold() in wanted), 0)
        sheet: Any = sheets[index]
        estimated = sheet.max_row or 0
        formulas: Any = None
        if _has_formulas(path, sheet):
            # Values come from one reading, the formulas behind them from another.
            formula_book = load_workbook(path, read_only=True, data_only=False)
            opened.append(formula_book)
            formulas = formula_book.worksheets[index]
        for each in (sheet, formulas):
            if each is not None and hasattr(each, "reset_dimensions"):
                # Some writers record a wrong sheet size; read every row that is really there.
                each.reset_dimensions()
        records = _xlsx_records(sheet, formulas)
        return Table(records, close, path, None, None, estimated)
    except unreadable as error:
        close()
        raise ImportSetupError(
            _("{path}: not a readable .xlsx workbook ({reason})").format(path=path, reason=error)
        ) from None
    except BaseException:
        close()
        raise


def _has_formulas(path: Path, sheet: Any) -> bool:
    """Whether the sheet's XML holds a formula (read again only when it does)."""
    part = getattr(sheet, "_worksheet_path", None)
    if not isinstance(part, str):
        return True
    with zipfile.ZipFile(path) as archive, archive.open(part) as xml:
        tail = b""
        while chunk := xml.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _xlsx_records(sheet: Any, formula_sheet: Any) -> Iterator[Record]:
    values = sheet.iter_rows(min_row=1, values_only=True)
    formulas = formula_sheet.iter_rows(min_row=1, values_only=True) if formula_sheet else None
    for number, row in enumerate(values, start=1):
        cells: tuple[Cell, ...] = tuple(row)
        problems: tuple[CellNote, ...] = ()
        if formulas is not None:
            problems = _formula_problems(cells, next(formulas, ()))
        yield _cleaned(number, cells, problems)


def _formula_problems(cells: tuple[Cell, ...], formulas: Sequence[Any]) -> tuple[CellNote, ...]:
    problems = []
    for index, formula in enumerate(formulas):
        text = formula if isinstance(formula, str) else getattr(formula, "text", None)
        if not isinstance(text, str) or not text.startswith("="):
            continue
        value = cells[index] if index < len(cells) else None
        if value is None:
            problems.append(
                CellNote(
                    index,
                    text,
                    _(
                        "is a formula without a saved value (the program that wrote the file "
                        "did not calculate it); open the file in Excel or LibreOffice and save "
                        "it, or paste the values"
                    ),
                )
            )
        elif isinstance(value, str) and value in _EXCEL_ERRORS:
            problems.append(
                CellNote(
                    index,
                    value,
                    _("is the error value of the formula {formula}; correct it").format(
                        formula=text
                    ),
                )
            )
    return tuple(problems)


# ---- both ----------------------------------------------------------------------------------


def _cleaned(number: int, cells: tuple[Cell, ...], problems: tuple[CellNote, ...]) -> Record:
    """The record with control characters removed from its text cells, and where they were."""
    texts = [cell for cell in cells if isinstance(cell, str)]
    if not texts or not has_controls("".join(texts)):
        return Record(number, cells, problems)
    kept: list[Cell] = []
    cleaned: list[CellNote] = []
    for index, cell in enumerate(cells):
        if isinstance(cell, str):
            cell, removed = remove_controls(cell)
            if removed:
                cleaned.append(
                    CellNote(
                        index,
                        cell,
                        _("had control characters removed ({removed})").format(
                            removed=", ".join(removed)
                        ),
                    )
                )
        kept.append(cell)
    return Record(number, tuple(kept), problems, tuple(cleaned))


def _blank(cells: tuple[Cell, ...]) -> bool:
    """Whether every cell is empty or white space (what :func:`cell_text` makes "")."""
    for cell in cells:
        if cell is None:
            continue
        if not isinstance(cell, str) or cell.strip():
            return False
    return True
