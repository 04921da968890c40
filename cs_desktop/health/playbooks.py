"""Playbooks as data: ``resources/playbooks/*.toml``, an early-warning rule and its tasks (SOPs)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cs_desktop.i18n import _
from cs_desktop.local_text import LocalText, LocalTextError, local_text
from cs_desktop.paths import resources_dir

# A task's title is stored in the task table, whose title column holds this many characters.
TASK_TITLE_LIMIT = 300


class PlaybookError(ValueError):
    """A playbook file is invalid; the message names the file and the key."""


class RuleKind(StrEnum):
    SCORE_DROP = "score_drop"  # points, days: the score fell by >= points within days
    NO_DECISION_MAKER_MEETING = "no_decision_maker_meeting"  # days
    UNSATISFIED_PULSES = "unsatisfied_pulses"  # count: that many unsatisfied touchpoints in a row
    RENEWAL_WHILE_RED = "renewal_while_red"  # days: renewal within days while the band is red


_RULE_PARAMETERS: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.SCORE_DROP: ("points", "days"),
    RuleKind.NO_DECISION_MAKER_MEETING: ("days",),
    RuleKind.UNSATISFIED_PULSES: ("count",),
    RuleKind.RENEWAL_WHILE_RED: ("days",),
}


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    points: float = 0.0
    days: int = 0
    count: int = 0


@dataclass(frozen=True)
class TaskTemplate:
    title: LocalText
    due_in_days: int


@dataclass(frozen=True)
class Playbook:
    key: str
    title: LocalText
    rule: Rule
    tasks: tuple[TaskTemplate, ...]


def playbooks_dir() -> Path:
    return resources_dir() / "playbooks"


def load_playbooks(directory: Path | None = None) -> tuple[Playbook, ...]:
    """Read and validate every ``*.toml`` in ``directory`` (default: the shipped playbooks).

    Raises:
        PlaybookError: a file cannot be parsed or breaks a rule; the message says where.
    """
    folder = directory or playbooks_dir()
    books: list[Playbook] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise PlaybookError(
                _("{file}: not valid TOML: {reason}").format(file=path.name, reason=error)
            ) from error
        book = _parse(data, path.name)
        if any(other.key == book.key for other in books):
            raise PlaybookError(
                _("{file}: playbook key {key} is used twice").format(
                    file=path.name, key=repr(book.key)
                )
            )
        books.append(book)
    return tuple(books)


def _parse(data: dict[str, Any], file: str) -> Playbook:
    if set(data) != {"playbook"}:
        raise PlaybookError(_("{file}: expected one [playbook] table").format(file=file))
    table = data["playbook"]
    unknown = set(table) - {"key", "title", "rule", "tasks"}
    if unknown:
        raise PlaybookError(
            _("{file}: unknown key(s) {keys}").format(file=file, keys=", ".join(sorted(unknown)))
        )
    key = table.get("key")
    if not isinstance(key, str) or not key or len(key) > 100:
        raise PlaybookError(
            _("{file}: playbook.key must be a short non-empty string").format(file=file)
        )
    if "title" not in table:
        raise PlaybookError(_("{file}: playbook.title is required").format(file=file))
    title = _text(table["title"], f"{file}: playbook.title", None)
    rule_table = table.get("rule")
    if not isinstance(rule_table, dict):
        raise PlaybookError(
            _("{file}: playbook.rule must be a table with a kind").format(file=file)
        )
    try:
        kind = RuleKind(str(rule_table.get("kind")))
    except ValueError:
        kinds = ", ".join(k.value for k in RuleKind)
        raise PlaybookError(
            _("{file}: playbook.rule.kind must be one of {kinds}, not {kind}").format(
                file=file, kinds=kinds, kind=repr(rule_table.get("kind"))
            )
        ) from None
    wanted = _RULE_PARAMETERS[kind]
    given = set(rule_table) - {"kind"}
    if given != set(wanted):
        raise PlaybookError(
            _("{file}: a {kind} rule takes {wanted}; got {given}").format(
                file=file, kind=kind.value, wanted=", ".join(wanted), given=", ".join(sorted(given))
            )
        )
    for name in wanted:
        value = rule_table[name]
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise PlaybookError(
                _("{file}: playbook.rule.{name} must be a positive number").format(
                    file=file, name=name
                )
            )
        if name in ("days", "count") and value != int(value):
            raise PlaybookError(
                _("{file}: playbook.rule.{name} must be a whole number").format(
                    file=file, name=name
                )
            )
    rule = Rule(
        kind,
        float(rule_table.get("points", 0)),
        int(rule_table.get("days", 0)),
        int(rule_table.get("count", 0)),
    )
    tasks_raw = table.get("tasks", [])
    if not isinstance(tasks_raw, list) or not tasks_raw:
        raise PlaybookError(
            _("{file}: a playbook needs at least one [[playbook.tasks]]").format(file=file)
        )
    tasks = []
    for number, task in enumerate(tasks_raw, 1):
        where = _("{file}: task {number}").format(file=file, number=number)
        if not isinstance(task, dict) or set(task) - {"title", "due_in_days"}:
            raise PlaybookError(_("{where}: takes title and due_in_days only").format(where=where))
        due = task.get("due_in_days", 7)
        if "title" not in task:
            raise PlaybookError(
                _("{where}: title must be a non-empty string (<= {limit} chars)").format(
                    where=where, limit=TASK_TITLE_LIMIT
                )
            )
        task_title = _text(task["title"], f"{where}: title", TASK_TITLE_LIMIT)
        if isinstance(due, bool) or not isinstance(due, int) or due < 0:
            raise PlaybookError(
                _("{where}: due_in_days must be a whole number >= 0").format(where=where)
            )
        tasks.append(TaskTemplate(task_title, due))
    return Playbook(key, title, rule, tuple(tasks))


def _text(value: object, where: str, max_length: int | None) -> LocalText:
    try:
        return local_text(value, where, max_length=max_length)
    except LocalTextError as error:
        raise PlaybookError(str(error)) from None
