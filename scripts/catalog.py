"""The core's message catalog: extract, update, compile and check (Babel).

    python scripts/catalog.py extract   # resources/locale/cs_desktop.pot from cs_desktop/
    python scripts/catalog.py update    # extract, then merge the template into every .po
    python scripts/catalog.py compile   # every .po to its .mo (./dev setup, build_installer.py)
    python scripts/catalog.py check     # untranslated, fuzzy or mismatched entries; exit 1 if any

After ``update``, translate the new entries (empty ``msgstr``) in
``resources/locale/<ja|zh_Hans|zh_Hant>/LC_MESSAGES/cs_desktop.po``. Messages are marked in the
code with ``_()``, ``ngettext()``, ``pgettext()`` (also as methods of ``words(lang)``) and
``N_()``; their placeholders are ``{named}`` (python-brace-format).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "cs_desktop"
LOCALE_DIR = ROOT / "resources" / "locale"
TEMPLATE = LOCALE_DIR / "cs_desktop.pot"
DOMAIN = "cs_desktop"
# The catalogs kept: directory name -> Babel locale (plural rules, header).
TRANSLATED = {"ja": "ja", "zh_Hans": "zh_Hans", "zh_Hant": "zh_Hant"}
# Sample data for the demo portfolio is not translated: customers' own words stay as typed.
SKIPPED = ("demo/*",)
_PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def po_path(folder: str) -> Path:
    return LOCALE_DIR / folder / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(sources: Path = SOURCES) -> Catalog:
    """Every message marked in ``sources``, with the file it comes from (no line numbers)."""
    catalog = Catalog(
        project="CS Desktop",
        domain=DOMAIN,
        msgid_bugs_address="",
        copyright_holder="CS Desktop",
        charset="utf-8",
        fuzzy=False,
        header_comment=(
            "# The words CS Desktop's core shows, extracted from cs_desktop/ by\n"
            "# `python scripts/catalog.py update`: do not edit by hand."
        ),
    )
    method_map = [*((f"**/{pattern}", "ignore") for pattern in SKIPPED), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        sources, method_map, keywords=DEFAULT_KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        path = f"{sources.name}/{filename}"
        flags = ("python-brace-format",) if _has_placeholders(message) else ()
        catalog.add(
            message,
            None,
            [(path, lineno)],
            auto_comments=comments,
            context=context,
            flags=flags,
        )
    return catalog


def _has_placeholders(message: str | tuple[str, ...]) -> bool:
    texts = (message,) if isinstance(message, str) else message
    return any(_PLACEHOLDER.search(text) for text in texts)


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of a message (with their format spec): what a translation keeps."""
    return frozenset(_PLACEHOLDER.findall(text))


def write_template(catalog: Catalog, path: Path = TEMPLATE) -> None:
    _write_if_changed(path, catalog)


def _write_if_changed(path: Path, catalog: Catalog) -> None:
    """Write ``catalog`` as a .po/.pot, unless only its creation date would change."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, sort_output=True)
    new = buffer.getvalue()
    if path.exists() and _undated(path.read_bytes()) == _undated(new):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(new)


def _undated(text: bytes) -> bytes:
    return re.sub(rb'"POT-Creation-Date: [^"]*"', b"", text)


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=locale, domain=DOMAIN)


def update(template: Catalog) -> list[Path]:
    """Merge ``template`` into every translated catalog (new entries empty, gone ones dropped)."""
    written = []
    for folder, locale in TRANSLATED.items():
        path = po_path(folder)
        if path.exists():
            catalog = read_catalog(path, locale)
        else:
            catalog = Catalog(locale=locale, domain=DOMAIN, project="CS Desktop", fuzzy=False)
        # No fuzzy matching: a guessed translation of a similar sentence reads as a wrong one.
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        _write_if_changed(path, catalog)
        written.append(path)
    return written


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write ``cs_desktop.mo`` beside every ``cs_desktop.po`` under ``locale_dir``."""
    written = []
    for source in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        catalog = read_catalog(source)
        target = source.with_suffix(".mo")
        with target.open("wb") as stream:
            write_mo(stream, catalog, use_fuzzy=False)
        written.append(target)
    return written


def problems(catalog: Catalog, name: str) -> Iterator[str]:
    """What is wrong with one translated catalog: missing, fuzzy or mismatched entries."""
    for message in catalog:
        if not message.id:
            continue  # the header
        where = f"{name}: {_describe(message)}"
        if message.fuzzy:
            yield f"{where} is fuzzy"
        translations = _translations(message)
        if not all(translations):
            yield f"{where} is not translated"
            continue
        sources = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        # The plural's fields are the message's; a singular may leave the count out ("a day").
        wanted = placeholders(sources[-1])
        if not placeholders(sources[0]) <= wanted:
            yield f"{where}: the singular has placeholders the plural lacks"
        for text in translations:
            if placeholders(text) != wanted:
                yield (
                    f"{where}: the translation has {sorted(placeholders(text))}, "
                    f"the source {sorted(wanted)}"
                )
    for message in catalog.obsolete.values():
        yield f"{name}: {_describe(message)} is obsolete (run update)"


def _translations(message: Message) -> tuple[str, ...]:
    if isinstance(message.string, str):
        return (message.string,)
    return tuple(message.string or ())


def _describe(message: Message) -> str:
    text = message.id if isinstance(message.id, str) else message.id[0]
    context = f"[{message.context}] " if message.context else ""
    return f"{context}{text[:60]!r}"


def check(template: Catalog) -> list[str]:
    """Every problem of every translated catalog, and entries missing from them."""
    found: list[str] = []
    for folder, locale in TRANSLATED.items():
        path = po_path(folder)
        if not path.exists():
            found.append(f"{folder}: {path} is missing (run update)")
            continue
        catalog = read_catalog(path, locale)
        found += problems(catalog, folder)
        found += (
            f"{folder}: {_describe(message)} is missing (run update)"
            for message in template
            if message.id and catalog.get(message.id, message.context) is None
        )
    return found


def message_keys(messages: Iterable[Message]) -> set[tuple[str | None, str]]:
    """(context, msgid) of every entry but the header, to compare catalogs by content."""
    return {
        (message.context, message.id if isinstance(message.id, str) else message.id[0])
        for message in messages
        if message.id
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("extract", "update", "compile", "check"))
    command = parser.parse_args(argv).command
    if command == "compile":
        compiled = compile_catalogs()
        print(f"compiled {len(compiled)} catalogs in {LOCALE_DIR.relative_to(ROOT)}")
        return 0
    template = extract()
    if command == "extract":
        write_template(template)
        print(f"{TEMPLATE.relative_to(ROOT)}: {len(template)} messages")
        return 0
    if command == "update":
        write_template(template)
        for path in update(template):
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    found = check(template)
    for problem in found:
        print(problem)
    print(f"{len(found)} problem(s) in {len(TRANSLATED)} catalogs of {len(template)} messages")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
