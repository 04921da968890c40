"""The window's catalogs: complete, in step with the code, loaded under the right contexts."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from cs_desktop import i18n
from cs_desktop.sync.status import SyncOverview
from tests.support.language import Message, messages, placeholders
from tests.support.untranslated import untranslated
from ui.main.status import describe_sync
from ui.translation import (
    CATALOG,
    QT_SUFFIXES,
    TRANSLATIONS_DIR,
    apply_language,
    catalogs,
    pseudo_text,
    sources,
    update,
    write_pseudo,
)

UI = Path(__file__).resolve().parents[2] / "ui"
# Languages whose translation is still being written: their test fails until it is done, and
# fails again (strict xfail) the day it is finished, so the mark comes off.
UNFINISHED: dict[str, str] = {}  # e.g. {"ko": "Korean is being translated"}
# Words that read the same in every language, and what is not the window's to translate.
SAME_EVERYWHERE = frozenset({"ARR", "AUC", "CRM", "OAuth", "HubSpot", "CS Desktop", "A4"})
NOT_OURS = frozenset(
    {
        # The enum and indicator labels: their words come from the core's catalog
        # (cs_desktop.i18n), which gives them by key rather than through lupdate.
        "account/labels.py",
    }
)


def ts(suffix: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG}_{suffix}.ts"


def translations(suffix: str) -> list[Message]:
    return messages(ts(suffix))


def language_param(suffix: str) -> object:
    reason = UNFINISHED.get(suffix)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(suffix, marks=marks, id=suffix)


TRANSLATED = [language_param(s) for s in QT_SUFFIXES.values() if s != "en"]


def test_the_catalogs_hold_exactly_the_words_of_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ finds nothing new and nothing gone: run ./dev translations if not."""
    for source in sources():
        copy = tmp_path / source.name
        shutil.copyfile(source, copy)
        update(UI, [copy])
        assert {m.key for m in messages(copy)} == {m.key for m in messages(source)}, (
            f"{source.name} is out of date: run ./dev translations"
        )


@pytest.mark.parametrize("suffix", QT_SUFFIXES.values())
def test_no_entry_vanished_or_obsolete(suffix: str) -> None:
    stale = [m for m in translations(suffix) if m.kind in ("vanished", "obsolete")]
    assert not stale, f"run ./dev translations: {stale[:5]}"


@pytest.mark.parametrize("suffix", TRANSLATED)
def test_every_entry_is_translated_with_the_same_placeholders(suffix: str) -> None:
    problems = []
    for message in translations(suffix):
        if message.kind == "unfinished" or not all(message.forms):
            problems.append(f"unfinished: {message.context}: {message.source!r}")
            continue
        if message.numerus and len(message.forms) != 1:
            problems.append(f"one plural form expected: {message.source!r}")
        for form in message.forms:
            if placeholders(form) != placeholders(message.source):
                problems.append(f"placeholders differ: {message.source!r} -> {form!r}")
    assert not problems, "\n".join(problems[:40])


def test_english_gives_both_plural_forms() -> None:
    english = translations("en")
    assert english and all(m.numerus for m in english)
    for message in english:
        assert message.kind is None and len(message.forms) == 2 and all(message.forms), message
        wanted = placeholders(message.source) - {"%n"}
        for form in message.forms:  # the singular may name its one thing in words
            assert placeholders(form) - {"%n"} == wanted, (message.source, form)
        assert "%n" not in placeholders(message.source) or "%n" in placeholders(message.forms[1])


def test_a_word_is_found_translated_under_its_context(qapp: QApplication) -> None:
    assert apply_language("ja") == catalogs("ja")
    assert i18n.current_language() == "ja" and QLocale().name() == "ja_JP"
    # A menu of the window (self.tr: the class is the context), Qt's own buttons (qtbase),
    # and a module's function (a context object): each in Japanese.
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    waiting = SyncOverview("hubspot", waiting=3, last_synced_at=None)
    assert describe_sync(waiting, offline=True, syncing=False) == "オフライン · 送信待ちの変更 3 件"
    apply_language("en")
    assert describe_sync(waiting, offline=True, syncing=False) == "Offline · 3 changes waiting"
    one = SyncOverview("hubspot", waiting=1, last_synced_at=datetime(2026, 3, 1, tzinfo=UTC))
    assert describe_sync(one, offline=True, syncing=False) == "Offline · 1 change waiting"


def test_the_pseudo_locale_is_longer_accented_and_keeps_placeholders(
    qapp: QApplication, tmp_path: Path
) -> None:
    for source in ("Save", "%1 of %Ln account(s)", "Customer goals (journey A)"):
        pseudo = pseudo_text(source)
        assert placeholders(pseudo) == placeholders(source)
        assert len(pseudo) >= 1.3 * len(source) and pseudo != source
    marked = pseudo_text("<b>Overall: AUC %3</b> {count} &Edit…")
    assert marked.startswith("[<b>") and "</b> {count} &É" in marked and "%3" in marked
    assert pseudo_text("Sales") == "[Šáłéš ~]"
    target = write_pseudo(target=tmp_path / "pseudo.qm")
    assert target.stat().st_size > 10_000


def test_no_word_of_the_window_bypasses_translation() -> None:
    """A literal reaching setText, a title, a tooltip, a header, a message box... without
    tr(): the scan of ui/ names each (file, line, text)."""
    findings = untranslated(UI, SAME_EVERYWHERE, NOT_OURS)
    assert not findings, "\n".join(map(str, findings))
