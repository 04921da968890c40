"""Playbooks as data: ``resources/playbooks/*.toml``, an early-warning rule and its tasks (SOPs)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cs_desktop.paths import resources_dir


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
    title: str
    due_in_days: int


@dataclass(frozen=True)
class Playbook:
    key: str
    title: str
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
            raise PlaybookError(f"{path.name}: not valid TOML: {error}") from error
        book = _parse(data, path.name)
        if any(other.key == book.key for other in books):
            raise PlaybookError(f"{path.name}: playbook key {book.key!r} is used twice")
        books.append(book)
    return tuple(books)


def _parse(data: dict[str, Any], file: str) -> Playbook:
    if set(data) != {"playbook"}:
        raise PlaybookError(f"{file}: expected one [playbook] table")
    table = data["playbook"]
    unknown = set(table) - {"key", "title", "rule", "tasks"}
    if unknown:
        raise PlaybookError(f"{file}: unknown key(s) {', '.join(sorted(unknown))}")
    key, title = table.get("key"), table.get("title")
    if not isinstance(key, str) or not key or len(key) > 100:
        raise PlaybookError(f"{file}: playbook.key must be a short non-empty string")
    if not isinstance(title, str) or not title:
        raise PlaybookError(f"{file}: playbook.title is required")
    rule_table = table.get("rule")
    if not isinstance(rule_table, dict):
        raise PlaybookError(f"{file}: playbook.rule must be a table with a kind")
    try:
        kind = RuleKind(str(rule_table.get("kind")))
    except ValueError:
        kinds = ", ".join(k.value for k in RuleKind)
        raise PlaybookError(
            f"{file}: playbook.rule.kind must be one of {kinds}, not {rule_table.get('kind')!r}"
        ) from None
    wanted = _RULE_PARAMETERS[kind]
    given = set(rule_table) - {"kind"}
    if given != set(wanted):
        raise PlaybookError(
            f"{file}: a {kind.value} rule takes {', '.join(wanted)}; got {', '.join(sorted(given))}"
        )
    for name in wanted:
        value = rule_table[name]
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise PlaybookError(f"{file}: playbook.rule.{name} must be a positive number")
        if name in ("days", "count") and value != int(value):
            raise PlaybookError(f"{file}: playbook.rule.{name} must be a whole number")
    rule = Rule(
        kind,
        float(rule_table.get("points", 0)),
        int(rule_table.get("days", 0)),
        int(rule_table.get("count", 0)),
    )
    tasks_raw = table.get("tasks", [])
    if not isinstance(tasks_raw, list) or not tasks_raw:
        raise PlaybookError(f"{file}: a playbook needs at least one [[playbook.tasks]]")
    tasks = []
    for number, task in enumerate(tasks_raw, 1):
        where = f"{file}: task {number}"
        if not isinstance(task, dict) or set(task) - {"title", "due_in_days"}:
            raise PlaybookError(f"{where}: takes title and due_in_days only")
        task_title, due = task.get("title"), task.get("due_in_days", 7)
        if not isinstance(task_title, str) or not task_title or len(task_title) > 300:
            raise PlaybookError(f"{where}: title must be a non-empty string (<= 300 chars)")
        if isinstance(due, bool) or not isinstance(due, int) or due < 0:
            raise PlaybookError(f"{where}: due_in_days must be a whole number >= 0")
        tasks.append(TaskTemplate(task_title, due))
    return Playbook(key, title, rule, tuple(tasks))
