"""Guards against a Qt binding whose signals corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` made from Python; after
a few thousand emits (a working day in the app) the interpreter aborts in ``bool_dealloc``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for index in range(200):
        emitter.changed.emit(index)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 200
    assert after == before
