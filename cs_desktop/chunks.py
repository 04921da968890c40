"""Long IN lists, cut to size (SQLite limits the parameters one statement may bind), and
the placeholders of one in raw SQL.

Here, in the core's root, because the importer and the sync both need it and neither may
import the other.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T", bound=Hashable)

IN_LIST_MAX = 500  # values per IN list, far below SQLite's 32,766 parameters per statement


def chunks(items: Iterable[T], size: int = IN_LIST_MAX) -> Iterator[list[T]]:
    """Each of ``items`` once, in first-seen order, in lists of at most ``size``.

    A value repeated in an IN list (or in a batch sent to the CRM) only makes it longer.
    """
    listed = list(dict.fromkeys(items))
    for start in range(0, len(listed), size):
        yield listed[start : start + size]


def marks(count: int) -> str:
    """``?, ?, …``: the placeholders of an IN list of ``count`` values."""
    return ", ".join("?" * count)
