"""Per-stage plan text as data: ``resources/plan/stages.toml`` (summary, criteria, risks)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cs_desktop.i18n import LANGUAGES, Lang, _
from cs_desktop.paths import resources_dir
from cs_desktop.vocabulary import Stage


class StageTextError(ValueError):
    """``stages.toml`` is missing a stage's English text or a key; the message says which."""


@dataclass(frozen=True)
class StageText:
    summary: str
    criteria: tuple[str, ...]
    risks: tuple[str, ...]


def stages_file() -> Path:
    return resources_dir() / "plan" / "stages.toml"


@lru_cache(maxsize=4)
def load_stage_texts(path: Path | None = None) -> dict[tuple[Stage, Lang], StageText]:
    """Every stage's text in every language, parsed once.

    Each stage needs its English text (``[sales.en]``); a language the file lacks reads the
    English one (:func:`missing_stage_texts` names them: the shipped file has every one).

    Raises:
        StageTextError: the file is unreadable, or a stage's English text is missing or a
            language's text lacks a key.
    """
    file = path or stages_file()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise StageTextError(f"{file}: {error}") from None
    texts: dict[tuple[Stage, Lang], StageText] = {}
    for stage in Stage:
        for lang in LANGUAGES:
            where = f"{file.name}: [{stage.value}.{lang}]"
            table: Any = data.get(stage.value, {}).get(lang)
            if table is None and lang != "en":
                texts[(stage, lang)] = texts[(stage, "en")]
                continue
            if not isinstance(table, dict):
                raise StageTextError(_("{where} is missing").format(where=where))
            summary = table.get("summary")
            if not isinstance(summary, str) or not summary:
                raise StageTextError(_("{where} needs a summary").format(where=where))
            texts[(stage, lang)] = StageText(
                summary, _texts(table, "criteria", where), _texts(table, "risks", where)
            )
    return texts


def missing_stage_texts(path: Path | None = None) -> tuple[str, ...]:
    """The ``[stage.language]`` tables the file lacks (their English text stands in)."""
    file = path or stages_file()
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    return tuple(
        f"[{stage.value}.{lang}]"
        for stage in Stage
        for lang in LANGUAGES
        if not isinstance(data.get(stage.value, {}).get(lang), dict)
    )


def _texts(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = table.get(key)
    if not isinstance(items, list) or not items:
        raise StageTextError(_("{where} needs a non-empty list {key}").format(where=where, key=key))
    if not all(isinstance(item, str) and item for item in items):
        raise StageTextError(
            _("{where}: every one of {key} must be text").format(where=where, key=key)
        )
    return tuple(items)


def stage_text(stage: Stage, lang: Lang) -> StageText:
    return load_stage_texts()[(stage, lang)]
