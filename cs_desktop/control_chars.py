"""Control characters and terminal escape sequences in text from outside: found, named, removed.

Exports and pasted text carry NUL bytes, terminal colour codes and other control characters. In
the store they break searches and exports; printed to a terminal, an escape sequence can
recolour, clear or retitle it. Imports remove them (and say where); the command line removes
them again on output, for stores written before imports did.

Tab, line feed and carriage return are text (notes have paragraphs and indented lists) and are
kept; vertical tab and form feed, which some programs write for a line break, become one.
"""

from __future__ import annotations

import re
from collections import Counter

from cs_desktop.i18n import _, ngettext

# ECMA-48: CSI (ESC [ or the one-byte U+009B) with parameters and a final byte; OSC, DCS, SOS,
# PM and APC strings up to their BEL or ST; any other ESC with its intermediate and final bytes.
# A string without its terminator is not taken as one (its text stays, its introducer goes):
# removing everything after a stray U+009D would lose a note's text.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = "\x0b\x0c"
_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x0C: "FF",
    0x1B: "ESC",
    0x7F: "DEL",
    0x9B: "CSI",
}


def has_controls(text: str) -> bool:
    """Whether ``text`` holds anything :func:`remove_controls` would change (fast)."""
    return _CONTROL.search(text) is not None


def remove_controls(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without escape sequences and control characters, and what was removed.

    Returns:
        The cleaned text, and a description of each distinct thing removed, in order of first
        appearance: ``"ESC[31m"`` for an escape sequence, ``"NUL"`` or ``"NUL (2 times)"``
        for characters, ``"VT as a line break"`` for one that became a line break.
    """
    if not has_controls(text):
        return text, ()
    found: Counter[str] = Counter()

    def sequence(match: re.Match[str]) -> str:
        found[_visible(match.group(0))] += 1
        return ""

    def character(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in _LINE_BREAKS:
            found[_("{character} as a line break").format(character=_name(char))] += 1
            return "\n"
        found[_name(char)] += 1
        return ""

    cleaned = _CONTROL.sub(character, _ESCAPE.sub(sequence, text))
    return cleaned, tuple(
        what
        if n == 1
        else ngettext("{what} ({count} time)", "{what} ({count} times)", n).format(
            what=what, count=n
        )
        for what, n in found.items()
    )


def printable(text: str, *, keep: str = "") -> str:
    """``text`` safe to print on one terminal line: no escape sequences, no control characters.

    Tabs and line breaks become spaces; characters in ``keep`` (e.g. highlight markers the
    caller replaces next) are left alone.
    """
    if not has_controls(text) and not any(c in text for c in "\t\n\r"):
        return text
    text = _ESCAPE.sub("", text)
    return "".join(
        char
        if char in keep or not (_CONTROL.match(char) or char in "\t\n\r")
        else (" " if char in "\t\n\r\x0b\x0c" else "")
        for char in text
    )


def _name(char: str) -> str:
    code = ord(char)
    return _NAMES.get(code, f"U+{code:04X}")


def _visible(sequence: str) -> str:
    """An escape sequence written with its control characters named: ``ESC]0;title BEL``."""
    shown = "".join(
        (" " if i else "") + _name(c) if _CONTROL.match(c) else c for i, c in enumerate(sequence)
    )
    return shown if len(shown) <= 24 else shown[:23] + "…"
