"""Note templates per kind of meeting: ``resources/templates/notes.toml``.

Each template (kickoff, onboarding check, QBR, renewal call, escalation) names the touchpoint
kind it logs, a title to start from, and the questions to ask, in every language of the app.
The questions carry what every touchpoint should record: satisfaction with the product and with
the service, the customer's own statement and the need behind it, and progress on their goals.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cs_desktop.i18n import Lang, _
from cs_desktop.local_text import LocalText, LocalTextError, local_text
from cs_desktop.paths import resources_dir
from cs_desktop.vocabulary import TouchpointKind

# How a question opens its line in the notes; the answer goes on the lines under it.
QUESTION_MARK = "▸ "


class TemplateError(ValueError):
    """The templates file is unreadable or a template is incomplete; the message says where."""


@dataclass(frozen=True)
class NoteTemplate:
    key: str
    kind: TouchpointKind
    name: LocalText
    title: LocalText
    questions: tuple[LocalText, ...]

    def notes(self, lang: Lang | None = None) -> str:
        """The questions as notes to fill in: each on its line, a blank line for its answer."""
        return "\n".join(f"{QUESTION_MARK}{q.text(lang)}\n" for q in self.questions)


def templates_file() -> Path:
    return resources_dir() / "templates" / "notes.toml"


@lru_cache(maxsize=4)
def load_templates(path: Path | None = None) -> tuple[NoteTemplate, ...]:
    """Every note template of the file, in its order.

    Raises:
        TemplateError: the file cannot be read, or a template lacks a key, its kind is not a
            touchpoint kind, or a text is not one (see :func:`local_text`).
    """
    file = path or templates_file()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise TemplateError(f"{file}: {error}") from None
    found = []
    for index, table in enumerate(data.get("template", [])):
        where = f"{file.name}: template {index + 1}"
        found.append(_template(table, where))
    return tuple(found)


def _template(table: Any, where: str) -> NoteTemplate:
    if not isinstance(table, dict):
        raise TemplateError(_("{where}: expected a table").format(where=where))
    key = table.get("key")
    if not isinstance(key, str) or not key:
        raise TemplateError(_("{where}: needs a key").format(where=where))
    where = f"{where} ({key})"
    try:
        kind = TouchpointKind(str(table.get("kind")))
    except ValueError:
        raise TemplateError(
            _("{where}: kind must be one of {kinds}").format(
                where=where, kinds=", ".join(k.value for k in TouchpointKind)
            )
        ) from None
    questions = table.get("questions")
    if not isinstance(questions, list) or not questions:
        raise TemplateError(_("{where}: needs a list of questions").format(where=where))
    try:
        return NoteTemplate(
            key,
            kind,
            local_text(table.get("name"), f"{where}: name", max_length=60),
            local_text(table.get("title"), f"{where}: title", max_length=300),
            tuple(
                local_text(q, f"{where}: question {number}")
                for number, q in enumerate(questions, 1)
            ),
        )
    except LocalTextError as error:
        raise TemplateError(str(error)) from None
