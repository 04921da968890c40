"""Small checks the editors' rules share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cs_desktop.i18n import N_, _

Problems = dict[str, str]
"""Field name -> what is wrong with its value (the text shown next to the field)."""

TOO_LONG = N_("this is longer than the field holds")


def required(problems: Problems, values: Mapping[str, Any], name: str, problem: str) -> None:
    """Note ``problem`` for ``name`` when its value is empty or only spaces."""
    if not str(values.get(name) or "").strip():
        problems[name] = problem


def limit(problems: Problems, values: Mapping[str, Any], name: str, most: int) -> None:
    """Note that ``name`` is too long when it has more than ``most`` characters."""
    if len(str(values.get(name) or "").strip()) > most:
        problems.setdefault(name, _(TOO_LONG))
