"""Fonts for the plan PDF: a CJK font matching the document's language when one is installed.

Han characters are shared by Japanese and Chinese but drawn differently in each, so the font is
picked by language (Noto Sans CJK JP, TC or SC; the Debian package fonts-noto-cjk, or the
font bundled with the installer). English documents use the Japanese cut too: its Latin letters
are clean and it still draws a Japanese or Chinese name in an English plan.

Thread: any thread, once a QGuiApplication exists (QFontDatabase is thread-safe).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from cs_desktop.plan.i18n import Lang

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
