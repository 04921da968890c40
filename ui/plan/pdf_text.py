"""Keeping Japanese and Chinese text searchable in PDFs written by Qt.

Qt's PDF writer maps each embedded glyph back to text with the *lowest* code point the font
maps to that glyph. CJK fonts draw a Kangxi radical (U+2F00-U+2FDF) or a CJK radical supplement
character (U+2E80-U+2EFF) with the same glyph as the ideograph, so 入, 日 or 長 come out of
copy, search and text extraction as the look-alike radicals ⼊, ⽇ or ⻑: a reader searching for
日本 would not find it. :func:`fix_cjk_text` rewrites those entries of the PDF's ToUnicode maps
to the ideographs that share the glyph, in place: every code is four hex digits either way, so
no offset in the file moves.

Thread: any thread, once a QGuiApplication exists.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)
IDEOGRAPHS = ((0x4E00, 0xA000), (0x3400, 0x4DC0))
_lock = threading.Lock()
# In a ToUnicode CMap Qt writes "<first> <last> [<code> <code> ...]" and "<first> <last> <code>".
_ARRAY = re.compile(rb"\[((?:\s*<[0-9A-Fa-f]{4}>)*\s*)\]")
_RANGE_START = re.compile(rb"(<[0-9A-Fa-f]{4}> <[0-9A-Fa-f]{4}> )<([0-9A-Fa-f]{4})>")
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)


@lru_cache(maxsize=16)
def _family_map(family: str) -> dict[int, int]:
    font = QFont()
    font.setFamily(family)
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return {}
    radicals = "".join(chr(code) for code in RADICALS)
    ideographs = "".join(chr(code) for start, end in IDEOGRAPHS for code in range(start, end))
    by_glyph: dict[int, int] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, ord(char))
    return {
        ord(char): by_glyph[glyph]
        for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True)
        if glyph and glyph in by_glyph
    }


def ideograph_map(families: list[str]) -> dict[int, int]:
    """Radical code point -> the ideograph drawn with the same glyph, over ``families``."""
    merged: dict[int, int] = {}
    with _lock:  # lru_cache is thread-safe, but computing a family twice at once is wasteful
        for family in families:
            for radical, ideograph in _family_map(family).items():
                merged.setdefault(radical, ideograph)
    return merged


def fix_cjk_text(pdf: bytes, mapping: dict[int, int]) -> bytes:
    """``pdf`` with radicals in its ToUnicode maps replaced by ``mapping``'s ideographs."""
    if not mapping:
        return pdf

    def code(match: re.Match[bytes]) -> bytes:
        value = int(match.group(1), 16)
        return b"<%04X>" % mapping[value] if value in mapping else match.group(0)

    def array(match: re.Match[bytes]) -> bytes:
        return b"[" + _CODE.sub(code, match.group(1)) + b"]"

    def range_start(match: re.Match[bytes]) -> bytes:
        value = int(match.group(2), 16)
        if value not in mapping:
            return match.group(0)
        return match.group(1) + b"<%04X>" % mapping[value]

    def cmap(match: re.Match[bytes]) -> bytes:
        return _RANGE_START.sub(range_start, _ARRAY.sub(array, match.group(0)))

    return _CMAP.sub(cmap, pdf)
