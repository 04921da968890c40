"""The language of the window: Qt Linguist catalogs for our words, Qt's own for its dialogs.

The Qt layer's words are in ``resources/translations/cs_desktop_<lang>.ts`` (Qt Linguist's
format, kept in the repository); ``./dev setup`` and the installer compile them to ``.qm``. At
start-up :func:`apply_language` picks the language (``CS_DESKTOP_LANGUAGE``, else the one chosen
in Preferences, else the system's), tells the core (:func:`cs_desktop.i18n.set_language`),
installs a :class:`QTranslator` for our catalog and one for Qt's ``qtbase`` (its buttons and
dialogs), and makes the language's locale the default for numbers.

Changing the language later installs the new translators: Qt then sends ``LanguageChange`` to
every widget, and each one that shows words sets them again (its ``retranslate`` method), so
open accounts, filters, selections and typed text stay as they are. Modal dialogs are built in
the language of the moment: the language can only change while none of them is open.

Commands (``python -m ui.translation ...``; ``./dev translations`` runs ``update``):
    update   re-extract the words of ``ui/`` into the ``.ts`` files (translations are kept)
    compile  write the ``.qm`` of every ``.ts`` newer than its ``.qm``
    pseudo   write the pseudo-locale (every string longer and accented) for layout checks
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, cast, get_args

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from cs_desktop import i18n
from cs_desktop.i18n import Lang

log = logging.getLogger(__name__)
T = TypeVar("T")

# What the window may speak: the core's languages, and the pseudo-locale for layout checks.
UiLanguage = Literal["en", "ja", "zh-Hans", "zh-Hant", "pseudo"]
UI_LANGUAGES: Final[tuple[UiLanguage, ...]] = get_args(UiLanguage)
PSEUDO: Final = "pseudo"

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOG: Final = "cs_desktop"
# Each language's suffix in Qt's file names (ours and qtbase_<suffix>.qm). English is the
# source language: its catalog holds only the plural forms ("%n day(s)" -> "1 day", "2 days").
QT_SUFFIXES: Final[Mapping[Lang, str]] = {
    "en": "en",
    "ja": "ja",
    "zh-Hans": "zh_CN",
    "zh-Hant": "zh_TW",
}
# The locale of numbers (grouping, decimal mark) in each language.
QT_LOCALES: Final[Mapping[UiLanguage, str]] = {
    "en": "en_US",
    "ja": "ja_JP",
    "zh-Hans": "zh_CN",
    "zh-Hant": "zh_TW",
    PSEUDO: "en_US",
}
TRANSLATED: Final[tuple[Lang, ...]] = ("ja", "zh-Hans", "zh-Hant")

LANGUAGE_SETTING: Final = "ui/language"  # "" or missing: follow the system
LANGUAGE_VARIABLE: Final = "CS_DESKTOP_LANGUAGE"  # en, ja, zh-Hans, zh-Hant or pseudo


def translation_context(name: str) -> QObject:
    """An object whose ``tr`` translates in the context ``name``, for module-level code.

    ``QCoreApplication.translate`` cannot carry plurals through lupdate (it never marks them
    numerus), while ``Context.tr("%n day(s)", "", n)`` can: lupdate takes the name before
    ``.tr`` as the context, and Qt takes the object's class name. Bind it to that very name::

        Renewal = translation_context("Renewal")
        Renewal.tr("renews in %n day(s)", "", days)
    """
    return cast(QObject, type(name, (QObject,), {})())


Sentences = translation_context("Sentences")


def two_sentences(first: str, second: str) -> str:
    """Two sentences in a row, as the language joins them (a space; none in Japanese)."""
    return (
        Sentences.tr("%1 %2", "two sentences in a row").replace("%1", first).replace("%2", second)
    )


def is_language_change(event: QEvent) -> bool:
    """Whether ``event`` asks a widget to set its words again (a new language is in place)."""
    return event.type() == QEvent.Type.LanguageChange


class Words:
    """The words a widget shows, set now and set again whenever the language changes.

    Each is bound as a setter and a function giving the text, with ``tr`` inside it so that
    lupdate sees the source and the current language applies at each call::

        self.words = Words()
        self.words.bind(self.search.setPlaceholderText, lambda: self.tr("Filter accounts…"))
        ...
        def changeEvent(self, event: QEvent) -> None:
            if is_language_change(event):
                self.words.refresh()
            super().changeEvent(event)
    """

    def __init__(self) -> None:
        self._bound: list[tuple[Callable[[Any], object], Callable[[], Any]]] = []

    def bind(self, setter: Callable[[T], object], text: Callable[[], T]) -> None:
        """Call ``setter(text())`` now and on every :meth:`refresh`."""
        setter(text())
        self._bound.append((setter, text))

    def refresh(self) -> None:
        for setter, text in self._bound:
            setter(text())


def item_texts(combo: Any) -> Callable[[Sequence[str]], None]:
    """A setter of the texts of a combo box's first items, for :meth:`Words.bind`."""

    def set_texts(texts: Sequence[str]) -> None:
        for index, text in enumerate(texts):
            combo.setItemText(index, text)

    return set_texts


def number(value: float, decimals: int | None = None) -> str:
    """A number in the language's format (grouping, decimal mark): ``12,345``, ``0.75``.

    ``decimals`` fixes the digits after the mark; without it a whole number has none and any
    other shows what it needs (up to six significant digits).
    """
    locale = QLocale()
    if decimals is None:
        if float(value).is_integer() and abs(value) < 2**63:
            return locale.toString(int(value))
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", decimals)


# -- choosing the language -------------------------------------------------------------------
def system_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The system's language: POSIX variables first (as the core reads them), else Qt's."""
    env = os.environ if environ is None else environ
    if any(env.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")):
        return i18n.system_language(env)
    # Windows and macOS keep the user's language outside the environment: Qt knows it.
    return i18n.language_for_locale(QLocale.system().name())


def saved_language(settings: QSettings) -> Lang | None:
    """The language chosen in Preferences; None to follow the system."""
    value = str(settings.value(LANGUAGE_SETTING, "") or "")
    return value if value in i18n.LANGUAGES else None


def save_language(settings: QSettings, language: Lang | None) -> None:
    settings.setValue(LANGUAGE_SETTING, language or "")
    settings.sync()


def startup_language(settings: QSettings, environ: Mapping[str, str] | None = None) -> UiLanguage:
    """The language to start in: the environment's override, Preferences, the system."""
    env = os.environ if environ is None else environ
    forced = env.get(LANGUAGE_VARIABLE, "")
    if forced in UI_LANGUAGES:
        return forced
    if forced:
        log.warning("%s=%s is not one of %s", LANGUAGE_VARIABLE, forced, ", ".join(UI_LANGUAGES))
    return saved_language(settings) or system_language(env)


# -- installing it ---------------------------------------------------------------------------
class _Installed:
    language: UiLanguage = "en"
    translators: list[QTranslator] = []  # noqa: RUF012 - the one process-wide set


def current_language() -> UiLanguage:
    """The language the window speaks now."""
    return _Installed.language


def apply_language(language: UiLanguage) -> list[Path]:
    """Speak ``language`` from now on: the core's words, ours, Qt's and the number format.

    Safe to call again while the window is open: the previous translators are removed, and
    Qt sends every widget a ``LanguageChange`` event once control returns to the event loop.
    Returns the catalogs loaded (none for English; a missing one is logged, the words stay
    English).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before applying a language")
    # The core first: widgets set their words again from both, once the translators change.
    i18n.set_language("en" if language == PSEUDO else language)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    for translator in _Installed.translators:
        app.removeTranslator(translator)
    _Installed.translators = []
    loaded: list[Path] = []
    for catalog in catalogs(language):
        translator = QTranslator(app)
        if translator.load(str(catalog)):
            app.installTranslator(translator)
            _Installed.translators.append(translator)
            loaded.append(catalog)
        else:
            log.warning("the translations %s could not be loaded", catalog)
    _Installed.language = language
    return loaded


def catalogs(language: UiLanguage) -> list[Path]:
    """The compiled catalogs of ``language``: ours first, then Qt's own."""
    if language == PSEUDO:
        pseudo = TRANSLATIONS_DIR / f"{CATALOG}_{PSEUDO}.qm"
        if not pseudo.exists():
            from subprocess import CalledProcessError

            try:
                write_pseudo()
            except (OSError, CalledProcessError) as error:  # a bundle: no tools
                log.warning("the pseudo-locale could not be written: %s", error)
                return []
        return [pseudo]
    suffix = QT_SUFFIXES[language]
    found: list[Path] = []
    ours = compiled(TRANSLATIONS_DIR / f"{CATALOG}_{suffix}.ts")
    if ours is not None:
        found.append(ours)
    else:
        log.warning("no translations of the window into %s were found", language)
    qt = qt_catalog(suffix)
    if qt is not None:
        found.append(qt)
    return found


def qt_catalog(suffix: str) -> Path | None:
    """Qt's own ``qtbase_<suffix>.qm``: in Qt's folder, else beside ours (a bundle's copy)."""
    name = f"qtbase_{suffix}.qm"
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return next((p for p in (qt_folder / name, TRANSLATIONS_DIR / name) if p.exists()), None)


def compiled(source: Path) -> Path | None:
    """The ``.qm`` of a ``.ts``, compiled now when it is missing or older than its source.

    A fresh checkout or a translation being edited is compiled with lrelease (beside the
    source, or in a temporary folder when that one cannot be written); a bundle ships the
    ``.qm`` alone.
    """
    target = source.with_suffix(".qm")
    if target.exists() and (not source.exists() or _newer(target, source)):
        return target
    if not source.exists():
        return None
    import subprocess
    import tempfile

    for folder in (source.parent, Path(tempfile.gettempdir()) / "cs-desktop-translations"):
        candidate = folder / target.name
        if candidate.exists() and _newer(candidate, source):
            return candidate
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Written aside then renamed: processes starting together never read half a file.
            partial = candidate.with_name(f".{candidate.name}.{os.getpid()}")
            release([source], partial)
            partial.replace(candidate)
        except (OSError, subprocess.CalledProcessError) as error:
            log.warning("%s could not be compiled into %s: %s", source, folder, error)
            continue
        return candidate
    return target if target.exists() else None


def _newer(target: Path, source: Path) -> bool:
    return target.stat().st_mtime >= source.stat().st_mtime


# -- the tools -------------------------------------------------------------------------------
def _tool(name: str) -> str:
    """PySide6's ``lupdate`` or ``lrelease``: beside the interpreter, or in PySide6 itself."""
    import shutil

    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found:
        return found
    import PySide6

    binary = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if binary.exists():
        return str(binary)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")


def release(sources: Sequence[Path], target: Path) -> None:
    """Compile ``sources`` (``.ts``) into ``target`` (``.qm``) with lrelease."""
    import subprocess

    subprocess.run(
        [_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(target)],
        check=True,
        capture_output=True,
        text=True,
    )


def sources() -> list[Path]:
    """The ``.ts`` of every language: English's plural forms, then the translations."""
    return [TRANSLATIONS_DIR / f"{CATALOG}_{suffix}.ts" for suffix in QT_SUFFIXES.values()]


def update(code: Path | None = None, targets: Sequence[Path] | None = None) -> str:
    """Extract the words of ``code`` (``ui/``) into ``targets`` (the ``.ts``); lupdate's report.

    Translations already made are kept; words no longer in the code are dropped. No source
    locations are written: they would change with every edit and make merges conflict.
    """
    import subprocess

    code = code or Path(__file__).resolve().parent
    targets = list(targets or sources())
    commands = []
    for target in targets:
        language = target.stem.removeprefix(f"{CATALOG}_")
        command = [_tool("lupdate"), "-extensions", "py", "-recursive", "-no-obsolete"]
        command += ["-locations", "none", "-source-language", "en", "-target-language", language]
        if language == "en":
            command.append("-pluralonly")  # English needs only its plural forms
        commands.append([*command, str(code), "-ts", str(target)])
    report = []
    for command in commands:
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        report.append(done.stdout.strip())
    return "\n".join(report)


def compile_all() -> list[Path]:
    """Compile every ``.ts`` newer than its ``.qm``; the ``.qm`` written."""
    written = []
    for source in sources():
        target = source.with_suffix(".qm")
        if source.exists() and not (target.exists() and _newer(target, source)):
            release([source], target)
            written.append(target)
    return written


# -- the pseudo-locale -----------------------------------------------------------------------
_ACCENTS = str.maketrans("aAcCeEgGiIlLnNoOsSuUyYzZ", "áÅçÇéÉğĞîÎłŁñÑöÖšŠüÜýÝžŽ")
# What must come through untouched: placeholders, mnemonics' ampersands, markup, entities.
_KEEP = re.compile(r"%L?\d+|%L?n|\{[A-Za-z_]*\}|&[a-z]+;|&&|<[^>]*>")
PSEUDO_GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` accented and about 40% longer, placeholders and markup kept: "Save" -> "[Šávé ~~]".

    The padding goes inside brackets, so a clipped end shows as a missing bracket.
    """
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTS))
    letters = len(_KEEP.sub("", text))
    padding = "~" * max(1, round(letters * PSEUDO_GROWTH) - 2)
    return f"[{''.join(parts)} {padding}]"


def write_pseudo(source: Path | None = None, target: Path | None = None) -> Path:
    """Write the pseudo-locale's ``.qm`` from the words of ``source`` (the Japanese ``.ts``)."""
    import tempfile
    import xml.etree.ElementTree as ElementTree

    source = source or TRANSLATIONS_DIR / f"{CATALOG}_ja.ts"
    target = target or TRANSLATIONS_DIR / f"{CATALOG}_{PSEUDO}.qm"
    # English's plural forms ("1 day", "2 days") are the texts to lengthen, not "%n day(s)".
    plurals = {
        (context.findtext("name"), message.findtext("source")): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in ElementTree.parse(source.with_name(f"{CATALOG}_en.ts")).iter("context")
        for message in context.iter("message")
    }
    tree = ElementTree.parse(source)
    root = tree.getroot()
    root.set("language", "en_US")  # two numerus forms, as in English
    for context in root.iter("context"):
        for message in context.iter("message"):
            original = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = plurals.get((context.findtext("name"), original)) or [original] * 2
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = pseudo_text(form)
            else:
                translation.text = pseudo_text(original)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pseudo_source = Path(scratch) / f"{CATALOG}_{PSEUDO}.ts"
        tree.write(pseudo_source, encoding="utf-8", xml_declaration=True)
        release([pseudo_source], target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ui.translation", description=__doc__)
    parser.add_argument("command", choices=("update", "compile", "pseudo"))
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.command == "update":
        out.write(update() + "\n")
    if args.command in ("update", "compile"):
        for target in compile_all():
            out.write(f"compiled {target}\n")
    else:
        out.write(f"wrote {write_pseudo()}; start the app with {LANGUAGE_VARIABLE}={PSEUDO}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
