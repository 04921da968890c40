"""The core's words in English, Japanese and Chinese: one gettext catalog the core owns.

Messages the Qt-free core builds (problems, import reports, sync results, warnings' details,
domain labels, the plan PDF) go through this module; the Qt layer translates its own widgets
with Qt Linguist and asks this catalog for the domain's words, so each word has one home.

- ``_("...")`` translates into the app's current language; ``ngettext`` picks the plural form
  the language's rules say (Japanese and Chinese have one); ``pgettext`` disambiguates a word
  used in two senses.
- ``N_("...")`` only marks a constant for extraction: translate it where it is shown, so a
  language chosen after import still applies.
- ``words(lang)`` gives the catalog of one language, for text that must be in a language other
  than the app's (a plan PDF in the customer's language).

Sources are ``resources/locale/<lang>/LC_MESSAGES/cs_desktop.po``; ``./dev setup`` and the
installer compile them to ``.mo``. A ``.po`` newer than its ``.mo`` (a fresh checkout, an edit
in progress) is read directly with Babel, so the words are never stale.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Final, Literal, get_args

from cs_desktop.paths import resources_dir

Lang = Literal["en", "ja", "zh-Hans", "zh-Hant"]
LANGUAGES: Final[tuple[Lang, ...]] = get_args(Lang)
DOMAIN: Final = "cs_desktop"
LOCALE_DIR: Final = resources_dir() / "locale"

# Directory names under resources/locale (gettext's convention: no hyphen).
CATALOG_NAMES: Final[Mapping[Lang, str]] = {
    "en": "en",
    "ja": "ja",
    "zh-Hans": "zh_Hans",
    "zh-Hant": "zh_Hant",
}
# Babel's locale for dates, numbers and currencies in each language.
BABEL_LOCALES: Final[Mapping[Lang, str]] = {
    "en": "en_US",
    "ja": "ja_JP",
    "zh-Hans": "zh_Hans_CN",
    "zh-Hant": "zh_Hant_TW",
}
# What each language calls itself, for the Preferences menu.
NATIVE_NAMES: Final[Mapping[Lang, str]] = {
    "en": "English",
    "ja": "日本語",
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
}

_TRADITIONAL_REGIONS: Final = frozenset({"TW", "HK", "MO", "HANT"})


def check_lang(value: str) -> Lang:
    """``value`` as a :data:`Lang`.

    Raises:
        ValueError: not one of :data:`LANGUAGES`.
    """
    for lang in LANGUAGES:
        if lang == value:
            return lang
    raise ValueError(
        _("unknown language {value}: choose one of {languages}").format(
            value=repr(value), languages=", ".join(LANGUAGES)
        )
    )


def language_for_locale(name: str) -> Lang:
    """The language a POSIX, BCP 47 or Qt locale name asks for: ``ja_JP.UTF-8`` -> ``ja``.

    Chinese is Traditional for Taiwan, Hong Kong, Macau or an explicit ``Hant`` script, and
    Simplified otherwise; anything else the app has no words for reads English.
    """
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = [part.upper() for part in base.split("_") if part]
    if not parts:
        return "en"
    if parts[0] == "JA":
        return "ja"
    if parts[0] == "ZH":
        return "zh-Hant" if _TRADITIONAL_REGIONS.intersection(parts[1:]) else "zh-Hans"
    return "en"


def system_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The language the system asks for, by the POSIX precedence of its variables."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            # The first one set decides, as in glibc; the C locale has no language but English.
            return language_for_locale(value)
    return "en"


@cache
def words(lang: Lang) -> gettext.NullTranslations:
    """The catalog of one language; English is the source and needs none."""
    if lang == "en":
        return gettext.NullTranslations()
    folder = LOCALE_DIR / CATALOG_NAMES[lang] / "LC_MESSAGES"
    source, compiled = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if compiled.exists() and (
        not source.exists() or compiled.stat().st_mtime >= source.stat().st_mtime
    ):
        with compiled.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    if source.exists():
        return _read_source(source)
    return gettext.NullTranslations()


def _read_source(source: Path) -> gettext.NullTranslations:
    """Compile a ``.po`` in memory: slower than a ``.mo``, but never out of date."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with source.open("rb") as stream:
        catalog = read_po(stream)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


_current: Lang = "en"


def set_language(lang: Lang) -> None:
    """Make ``lang`` the language of every message built from now on."""
    global _current
    _current = lang


def current_language() -> Lang:
    return _current


def _(message: str) -> str:
    return words(_current).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return words(_current).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return words(_current).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet."""
    return message
