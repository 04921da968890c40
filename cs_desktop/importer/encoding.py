"""Telling which encoding a CSV file was saved in.

Excel saves "CSV" in the system's legacy code page: Shift_JIS (CP932) in Japan, GBK/GB18030 in
mainland China, Big5 (CP950) in Taiwan and Hong Kong, CP1252 in the West; "CSV UTF-8" adds a
BOM. Statistical detectors guess poorly on the few rows a CSM's file often has, so the CJK code
pages are told apart here by where the decoded characters sit in each code page: real text
lands in the frequent-character blocks (kana and JIS level 1, GB2312 level 1, Big5's frequent
block), while text decoded with the wrong code page scatters over rare blocks, half-width
katakana and private-use areas. Western text falls back to CP1252 when its accented letters
read as letters; charset-normalizer decides the cases none of this settles.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_SAMPLE_CHARS = 20_000
# Below this share of frequent characters no CJK code page is believed.
_CONVINCING = 0.6


def _cp932_frequent(code: int) -> bool:
    # Symbols, full-width letters, kana, Greek, Cyrillic, box drawing; JIS level 1 kanji.
    return 0x8140 <= code <= 0x84BE or 0x889F <= code <= 0x9872


def _gb_frequent(code: int) -> bool:
    # Punctuation and full-width forms; GB2312 level 1 hanzi (trail bytes A1-FE only).
    trail = code & 0xFF
    return trail >= 0xA1 and (0xA1A1 <= code <= 0xA3FE or 0xB0A1 <= code <= 0xD7F9)


def _big5_frequent(code: int) -> bool:
    # Symbols and the frequently used hanzi block.
    return 0xA140 <= code <= 0xA3BF or 0xA440 <= code <= 0xC67E


_CJK_CODE_PAGES: dict[str, Callable[[int], bool]] = {
    "cp932": _cp932_frequent,
    "gb18030": _gb_frequent,
    "cp950": _big5_frequent,
}


def detect_encoding(data: bytes) -> str:
    """The encoding to decode ``data`` with; strict UTF-8 wins whenever it decodes.

    Raises:
        UnicodeError: no encoding that the import knows decodes the data.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    scores: dict[str, float] = {}
    for encoding, frequent in _CJK_CODE_PAGES.items():
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scores[encoding] = frequent_share(text, encoding, frequent)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if ranked and ranked[0][1] >= _CONVINCING:
        tied = [encoding for encoding, score in ranked if ranked[0][1] - score < 0.05]
        if len(tied) == 1:
            return tied[0]
        return _normalizer_choice(data, tied) or tied[0]
    if _plausible_western(data):
        return "cp1252"
    guess = _normalizer_choice(data, None)
    if guess is None:
        raise UnicodeError("the text encoding could not be recognised")
    return guess


def frequent_share(text: str, encoding: str, frequent: Callable[[int], bool]) -> float:
    """The share of non-ASCII characters of ``text`` that are frequent ones in ``encoding``."""
    seen = 0
    hits = 0
    for char in text:
        if ord(char) < 0x80:
            continue
        seen += 1
        encoded = char.encode(encoding)
        # One byte is half-width katakana (CP932) or a lone symbol; four bytes are GB18030's
        # rare planes: neither is what ordinary text is made of.
        if len(encoded) == 2 and frequent(encoded[0] << 8 | encoded[1]):
            hits += 1
        if seen >= _SAMPLE_CHARS:
            break
    return hits / seen if seen else 0.0


def _plausible_western(data: bytes) -> bool:
    """Whether ``data`` reads as Western text in CP1252, what Excel writes in the West.

    Western text has accented letters and typographic marks scattered between ASCII words;
    CJK bytes read as CP1252 give runs of them. Statistical detectors tend to pick an obscure
    DOS code page for short files, hence this check first.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    others = [i for i, char in enumerate(text) if ord(char) >= 0x80]
    if not others:
        return False
    usual = sum(1 for i in others if text[i].isalpha() or text[i] in _WESTERN_MARKS)
    in_runs = sum(1 for i in others if i + 1 < len(text) and ord(text[i + 1]) >= 0x80)
    return usual / len(others) >= _CONVINCING and in_runs / len(others) < 1 - _CONVINCING


# CP1252's typographic marks (quotes, dashes, euro, bullet...) and Latin-1 symbols.
_WESTERN_MARKS = frozenset(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))


def _normalizer_choice(data: bytes, candidates: list[str] | None) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


# ---- a whole file, line by line ------------------------------------------------------------

# Enough lines of text to tell a code page apart; more only slows charset-normalizer down.
_SAMPLE_BYTES = 1 << 20
_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp932": "Shift_JIS",
    "shift_jis": "Shift_JIS",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "cp950": "Big5",
    "big5": "Big5",
    "cp1252": "Windows-1252",
}


@dataclass(frozen=True)
class FileEncoding:
    """How to decode a CSV file's lines, learnt from every line of it.

    Attributes:
        encoding: the file's encoding: every line is decoded with it.
        stray: for a file that mixes encodings, the encoding its odd lines are in: "utf-8"
            for UTF-8 lines in a file of another encoding, else the code page the non-UTF-8
            lines of a UTF-8 file seem to be in (None when it cannot be told).
        lines: lines that are not blank, an estimate of the rows for progress.
    """

    encoding: str
    stray: str | None = None
    lines: int = 0


def label(encoding: str) -> str:
    """An encoding as users know it: 'cp932' is 'Shift_JIS', 'cp1252' is 'Windows-1252'."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _LABELS.get(name, _LABELS.get(encoding, encoding))


def scan_lines(lines: Iterable[bytes]) -> FileEncoding:
    """The encoding of a file from its lines (split at LF, which no supported encoding reuses).

    Every line is tried as strict UTF-8: a file whose non-ASCII lines all decode is UTF-8, a
    file where none do is in the code page :func:`detect_encoding` finds. A file with both
    mixes encodings (a row pasted from another export): its encoding is that of most lines,
    and :attr:`FileEncoding.stray` tells the reader which lines are not in it.

    Raises:
        UnicodeError: the lines that are not UTF-8 are in no encoding the import knows.
    """
    utf8 = 0
    others: list[bytes] = []
    other_count = 0
    sampled = 0
    non_blank = 0
    bom = False
    for number, line in enumerate(lines):
        if number == 0 and line.startswith(codecs.BOM_UTF8):
            bom = True
            line = line[len(codecs.BOM_UTF8) :]
        if line.isascii():
            non_blank += bool(line.strip())
            continue
        non_blank += 1
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_count += 1
            if sampled < _SAMPLE_BYTES:
                others.append(line)
                sampled += len(line)
        else:
            utf8 += 1
    utf8_name = "utf-8-sig" if bom else "utf-8"
    if not other_count:
        return FileEncoding(utf8_name, lines=non_blank)
    if bom or utf8 >= other_count:
        try:
            stray: str | None = code_page_of(others)
        except UnicodeError:
            stray = None
        return FileEncoding(utf8_name, stray=stray, lines=non_blank)
    encoding = code_page_of(others)
    return FileEncoding(encoding, stray="utf-8" if utf8 else None, lines=non_blank)


def code_page_of(lines: list[bytes]) -> str:
    """The legacy code page of ``lines``, none of them UTF-8; most of them must decode in it.

    A CJK code page that decodes some lines convincingly wins over a Western reading of all
    of them: one stray row must not turn a Japanese file into Windows-1252 mojibake.

    Raises:
        UnicodeError: no code page the import knows reads the lines.
    """
    data = b"\n".join(lines)
    try:
        whole: str | None = detect_encoding(data)
    except UnicodeError:
        whole = None
    if whole in _CJK_CODE_PAGES:
        return str(whole)
    best: tuple[int, float, str] | None = None
    for encoding, frequent in _CJK_CODE_PAGES.items():
        decoded = []
        for line in lines:
            try:
                decoded.append(line.decode(encoding))
            except UnicodeDecodeError:
                continue
        share = frequent_share("".join(decoded), encoding, frequent)
        if 2 * len(decoded) > len(lines) and share >= _CONVINCING:
            candidate = (len(decoded), share, encoding)
            best = candidate if best is None or candidate > best else best
    if best is not None:
        return best[2]
    if whole is None:
        raise UnicodeError("the text encoding could not be recognised")
    return whole
