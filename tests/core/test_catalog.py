"""The core's message catalog: every message of the code is in it, and translated whole.

The catalogs are ``resources/locale/cs_desktop.pot`` (extracted from ``cs_desktop/``) and its
Japanese, Simplified and Traditional Chinese translations; ``scripts/catalog.py`` keeps them.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from scripts.catalog import (
    SOURCES,
    TEMPLATE,
    TRANSLATED,
    extract,
    message_keys,
    placeholders,
    po_path,
    problems,
    read_catalog,
)


@cache
def template() -> Catalog:
    return read_catalog(TEMPLATE)


@cache
def translated(folder: str) -> Catalog:
    return read_catalog(po_path(folder), TRANSLATED[folder])


def test_the_template_holds_every_message_of_the_code() -> None:
    """Run ``python scripts/catalog.py update`` (and translate what is new) when this fails."""
    in_code = message_keys(extract())
    in_template = message_keys(template())
    assert sorted(in_code - in_template, key=str) == [], "new messages: update the catalog"
    assert sorted(in_template - in_code, key=str) == [], "messages gone: update the catalog"


def _marked_in_code() -> set[tuple[str | None, str]]:
    """Every literal message passed to ``_``, ``N_``, ``gettext``, ``ngettext``, ``pgettext``.

    Read from the syntax tree, independently of Babel's extractor, so that a message Babel
    would skip (a call shape it does not follow) shows up here.
    """
    found: set[tuple[str | None, str]] = set()
    for path in SOURCES.rglob("*.py"):
        if "demo" in path.relative_to(SOURCES).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name in ("_", "N_", "gettext", "ngettext") and texts:
                found.add((None, str(texts[0])))
            elif name == "pgettext" and len(texts) == 2:
                found.add((str(texts[0]), str(texts[1])))
    return found


def test_no_marked_message_escapes_extraction() -> None:
    assert sorted(_marked_in_code() - message_keys(template()), key=str) == []


@pytest.mark.parametrize("folder", sorted(TRANSLATED))
def test_every_entry_is_translated_whole_with_the_sources_placeholders(folder: str) -> None:
    catalog = translated(folder)
    assert list(problems(catalog, folder)) == []
    assert sorted(message_keys(template()) - message_keys(catalog), key=str) == []


@pytest.mark.parametrize("folder", sorted(TRANSLATED))
def test_japanese_and_chinese_have_one_plural_form(folder: str) -> None:
    catalog = translated(folder)
    assert catalog.num_plurals == 1
    assert "nplurals=1" in catalog.plural_forms


def test_a_translation_with_other_placeholders_is_a_problem(tmp_path: Path) -> None:
    catalog = Catalog(locale="ja")
    catalog.add("renews in {count} days", "{days} 日後に更新")
    catalog.add(("{count} day", "{count} days"), ("{count} 日",))
    catalog.add("Sales", "", context="stage")
    catalog.add("Done", "完了", flags=("fuzzy",))
    found = list(problems(catalog, "ja"))
    assert any("['days']" in problem and "['count']" in problem for problem in found)
    assert any("'Sales'" in problem and "not translated" in problem for problem in found)
    assert any("'Done'" in problem and "fuzzy" in problem for problem in found)
    assert len(found) == 3


def test_placeholders_are_named_fields_with_their_format() -> None:
    assert placeholders("{path} is {size} bytes ({revision!r})") == {
        "path",
        "size",
        "revision!r",
    }
    assert placeholders("a literal {{brace}}") == frozenset()
