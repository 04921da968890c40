"""Mail text in the charsets Japanese, Chinese and Taiwanese mail is written in, decoded right.

A mail's declared charset is often narrower than what its sender's program wrote: "GB2312" mail
holds GBK characters, "Big5" mail Microsoft's additions, "Shift_JIS" and "ISO-2022-JP" mail the
NEC and IBM characters Windows adds (①, ㈱, Roman numerals). Each declared charset is read with
the superset that mail programs actually write, so no character turns into a replacement mark.
"""

from __future__ import annotations

import codecs
import re

from cs_desktop.importer.encoding import detect_encoding

# Declared charset -> the codecs tried, widest first.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "euc-cn": ("gb18030",),
    "x-gbk": ("gb18030",),
    "big5": ("cp950", "big5hkscs"),
    "x-big5": ("cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "shift-jis": ("cp932", "shift_jis_2004"),
    "sjis": ("cp932", "shift_jis_2004"),
    "x-sjis": ("cp932", "shift_jis_2004"),
    "windows-31j": ("cp932",),
    "euc-jp": ("euc_jis_2004", "euc_jp"),
    "ascii": ("utf-8", "cp1252"),
    "us-ascii": ("utf-8", "cp1252"),
    "iso-8859-1": ("cp1252",),
}
_ISO_2022_JP = ("iso-2022-jp", "iso-2022-jp-ms", "csiso2022jp", "cp50220", "cp50221")
_ESCAPE = re.compile(rb"\x1b(\$@|\$B|\$\(D|\(B|\(J|\(I)")


def decode_text(data: bytes, charset: str | None) -> str:
    """``data`` as text: its declared ``charset`` (read as its superset), else guessed.

    Never fails: bytes no known charset reads are shown as replacement marks.
    """
    declared = (charset or "").strip().strip('"').lower()
    if declared in _ISO_2022_JP:
        try:
            return _iso_2022_jp(data)
        except UnicodeDecodeError:
            pass
    for encoding in _SUPERSETS.get(declared, (declared,) if declared else ()):
        try:
            codecs.lookup(encoding)
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    if b"\x1b$" in data:
        try:
            return _iso_2022_jp(data)
        except UnicodeDecodeError:
            pass
    try:
        guessed = detect_encoding(data)
    except UnicodeError:
        return data.decode("utf-8", errors="replace")
    return data.decode(guessed, errors="replace")


def _iso_2022_jp(data: bytes) -> str:
    """ISO-2022-JP as Windows writes it (CP50220): its JIS X 0208 runs read through CP932."""
    out = bytearray()
    mode = b"(B"
    position = 0
    for escape in _ESCAPE.finditer(data):
        out += _shifted(data[position : escape.start()], mode)
        mode = escape.group(1)
        position = escape.end()
    out += _shifted(data[position:], mode)
    return out.decode("cp932")


def _shifted(run: bytes, mode: bytes) -> bytes:
    if mode in (b"(B", b"(J"):
        return run
    if mode == b"(I":  # half-width katakana
        return bytes(byte | 0x80 if 0x21 <= byte <= 0x5F else byte for byte in run)
    if mode == b"$(D":  # JIS X 0212 has no place in CP932
        raise UnicodeDecodeError("iso-2022-jp", run, 0, len(run), "JIS X 0212")
    shifted = bytearray()
    pairs = run.replace(b"\r", b"").replace(b"\n", b"")
    for index in range(0, len(pairs) - 1, 2):
        shifted += _jis_to_sjis(pairs[index], pairs[index + 1])
    return bytes(shifted)


def _jis_to_sjis(first: int, second: int) -> bytes:
    lead = (first + 1) // 2 + (0x70 if first <= 0x5E else 0xB0)
    trail = second + (0x1F if first % 2 else 0x7E)
    if first % 2 and trail >= 0x7F:
        trail += 1
    return bytes((lead, trail))
