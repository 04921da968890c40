"""An import's progress for a bar: checking the rows fills its first half, writing them the rest.

The callback receives (done, total) in rows: the file's rows are first checked (total is then an
estimate from the file's size in lines, corrected once checking ends), then written. A callback
may raise to stop the import (the app's Cancel does); it is called often enough for that.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
_EVERY = 500


class ImportProgress:
    """Reports the two halves of an import through one ``(done, total)`` callback."""

    def __init__(self, report: Progress | None, estimated_rows: int) -> None:
        self._report = report
        self.total = max(estimated_rows, 0)

    def checking(self, checked: int) -> None:
        """``checked`` rows have been checked (reported every few hundred rows)."""
        if self._report is not None and checked % _EVERY == 0:
            self.total = max(self.total, checked)
            self._report(checked // 2, self.total)

    def checked(self, rows: int) -> None:
        """Checking is over: the file holds ``rows`` rows."""
        self.total = rows
        if self._report is not None:
            self._report(rows // 2, rows)

    def writing(self, written: int) -> None:
        """``written`` of the checked rows have been written."""
        if self._report is not None:
            self._report((self.total + min(written, self.total)) // 2, self.total)

    def finished(self) -> None:
        if self._report is not None:
            self._report(self.total, self.total)
