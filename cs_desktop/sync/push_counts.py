"""What a push did: records sent, failed and held as conflicts, and the errors to show."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PushCounts:
    pushed: int = 0
    failed: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    def __add__(self, other: PushCounts) -> PushCounts:
        return PushCounts(
            self.pushed + other.pushed,
            self.failed + other.failed,
            self.conflicts + other.conflicts,
            self.errors + other.errors,
        )
