"""The CSM's own book: the rules for creating and keeping its records by hand.

Accounts, stakeholders, success plans, tasks and touchpoint edits. Qt-free. Each module
validates one kind of record ({field: problem}, shown next to the field)
and wraps :mod:`cs_desktop.record_edits`, so every save is one undoable edit.
"""
