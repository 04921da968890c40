"""Resource files carry their text in every language: playbooks, scorecards, stage texts."""

# Japanese and Chinese use full-width punctuation, which is not a mistake.

from __future__ import annotations

from pathlib import Path

import pytest

from cs_desktop.health.playbooks import PlaybookError, load_playbooks
from cs_desktop.health.scorecard import load_scorecards
from cs_desktop.local_text import LocalText, LocalTextError, local_text
from cs_desktop.plan.stages import load_stage_texts, missing_stage_texts
from cs_desktop.vocabulary import Stage


def _texts() -> list[tuple[str, LocalText]]:
    found: list[tuple[str, LocalText]] = []
    for book in load_playbooks():
        found.append((f"playbook {book.key}", book.title))
        found += [(f"playbook {book.key} task", task.title) for task in book.tasks]
    cards = load_scorecards()
    found += [(f"scorecard {stage}", card.title) for stage, card in cards.scorecards.items()]
    found.append(("success model", cards.success.title))
    return found


def test_every_shipped_text_has_every_language() -> None:
    lacking = [(where, text.missing()) for where, text in _texts() if text.missing()]
    assert lacking == []
    assert missing_stage_texts() == ()


def test_a_text_without_a_language_reads_english(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        '[playbook]\nkey = "mine"\ntitle.en = "Quiet for a month"\ntitle.ja = "1か月連絡なし"\n'
        'rule = { kind = "unsatisfied_pulses", count = 3 }\n'
        '[[playbook.tasks]]\ntitle = "Call them"\n',
        encoding="utf-8",
    )
    (book,) = load_playbooks(tmp_path)
    assert book.title.text("ja") == "1か月連絡なし"
    assert book.title.text("zh-Hant") == "Quiet for a month"
    assert book.title.missing() == ("zh-Hans", "zh-Hant")
    assert book.tasks[0].title.text("ja") == "Call them"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"ja": "日本語だけ"}, "the English text (en) is required"),
        ({"en": "x", "fr": "y"}, "unknown language(s) fr"),
        ({"en": ""}, "must be a non-empty text"),
        (42, "expected a text, or a table of texts by language"),
    ],
)
def test_a_bad_text_is_refused_naming_where(value: object, message: str) -> None:
    with pytest.raises(LocalTextError, match=r"x\.toml: title") as refused:
        local_text(value, "x.toml: title")
    assert message in str(refused.value)


def test_a_playbook_with_a_bad_title_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[playbook]\nkey = "bad"\ntitle.ja = "英語なし"\n'
        'rule = { kind = "unsatisfied_pulses", count = 2 }\n'
        '[[playbook.tasks]]\ntitle = "x"\n',
        encoding="utf-8",
    )
    with pytest.raises(PlaybookError, match=r"bad\.toml: playbook\.title: the English text"):
        load_playbooks(tmp_path)


def test_a_stage_text_missing_a_language_falls_back_to_english(tmp_path: Path) -> None:
    file = tmp_path / "stages.toml"
    file.write_text(
        "".join(
            f'[{stage}.en]\nsummary = "{stage}"\ncriteria = ["c"]\nrisks = ["r"]\n'
            for stage in Stage
        ),
        encoding="utf-8",
    )
    texts = load_stage_texts(file)
    assert texts[(Stage.SALES, "ja")].summary == "sales"
    assert len(missing_stage_texts(file)) == 3 * len(Stage)
