"""Fonts for the plan PDF: a CJK font matching the document's language when one is installed.

Han characters are shared by Japanese and Chinese but drawn differently in each, so the font is
picked by language (Noto Sans CJK JP, TC or SC; the Debian package fonts-noto-cjk, or the
font bundled with the installer). English documents use the Japanese cut too: its Latin letters
are clean and it still draws a Japanese or Chinese name in an English plan.

Thread: any thread, once a QGuiApplication exists (QFontDatabase is thread-safe).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from cs_desktop.i18n import Lang
from cs_desktop.paths import resources_dir

# Preferred families per language, best first; the first installed one leads the list.
_CJK: dict[Lang, tuple[str, ...]] = {
    "en": ("Noto Sans CJK JP", "Noto Sans JP", "Noto Sans"),
    "ja": (
        "Noto Sans CJK JP",
        "Noto Sans JP",
        "Source Han Sans JP",
        "Hiragino Sans",
        "Yu Gothic",
        "Meiryo",
    ),
    "zh-Hant": (
        "Noto Sans CJK TC",
        "Noto Sans TC",
        "Source Han Sans TC",
        "PingFang TC",
        "Microsoft JhengHei",
    ),
    "zh-Hans": (
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "PingFang SC",
        "Microsoft YaHei",
    ),
}
# Any CJK family will do as a fallback before the system's default sans.
_ANY_CJK = ("Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK KR")
_LATIN = ("DejaVu Sans", "Helvetica", "Arial", "Segoe UI")


def font_families(lang: Lang) -> list[str]:
    """Installed families to draw ``lang`` with, best first (may be empty: Qt's default)."""
    installed = set(QFontDatabase.families())
    wanted = [*_CJK[lang], *_ANY_CJK, *_LATIN]
    ordered = [family for family in dict.fromkeys(wanted) if family in installed]
    return ordered


_CJK_WRITING_SYSTEMS = (
    QFontDatabase.WritingSystem.Japanese,
    QFontDatabase.WritingSystem.SimplifiedChinese,
    QFontDatabase.WritingSystem.TraditionalChinese,
)
_FONT_SUFFIXES = (".ttc", ".otf", ".ttf")
_registered: list[str] = []  # families ensure_cjk_font() added in this process


def bundled_fonts_dir() -> Path:
    """Fonts shipped with the app: the installer puts Noto Sans CJK here; a checkout has none."""
    return resources_dir() / "fonts"


def writes_cjk() -> bool:
    """Whether some available family draws Japanese and both Chinese scripts."""
    return all(QFontDatabase.families(system) for system in _CJK_WRITING_SYSTEMS)


def ensure_cjk_font(fonts_dir: Path | None = None) -> tuple[str, ...]:
    """Register the shipped fonts when no installed family draws Japanese and Chinese.

    A bundle on a machine without CJK fonts then still shows them in the window (Qt falls back
    to application fonts per character) and embeds them in plan PDFs. Returns the families
    registered: none when the system's fonts suffice or no font is shipped (a source checkout,
    which then costs nothing at start-up). Thread: the GUI thread, once a QGuiApplication exists.
    """
    folder = bundled_fonts_dir() if fonts_dir is None else fonts_dir
    if not folder.is_dir():
        return ()
    files = sorted(path for path in folder.iterdir() if path.suffix.lower() in _FONT_SUFFIXES)
    if not files or writes_cjk():
        return ()
    families: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered.extend(dict.fromkeys(families))
    return tuple(dict.fromkeys(families))


def registered_cjk_families() -> tuple[str, ...]:
    """The shipped families :func:`ensure_cjk_font` registered in this process, if any."""
    return tuple(_registered)


def has_cjk_font(lang: Lang) -> bool:
    """Whether a font for ``lang``'s script is installed (English needs none)."""
    if lang == "en":
        return True
    installed = set(QFontDatabase.families())
    return any(family in installed for family in (*_CJK[lang], *_ANY_CJK))


# Features that make a PDF's text unsearchable: a reader extracts an "ﬁ" ligature as one odd
# character, and Noto Sans CJK's "locl" substitutes Latin digits with glyphs whose text Qt's PDF
# writer cannot recover ("2025" extracts as control characters). Each CJK family is already the
# region's own cut, so "locl" adds nothing there.
_UNSEARCHABLE_FEATURES = ("liga", "clig", "dlig", "locl")


def searchable(font: QFont) -> QFont:
    """``font`` with the features that break PDF text extraction turned off."""
    for tag in _UNSEARCHABLE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def plan_font(lang: Lang, point_size: float) -> QFont:
    """The document font: the language's families, searchable in the PDF."""
    return family_font(font_families(lang), point_size)


def family_font(families: list[str], point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return searchable(font)
