"""The note an editor shows when what it edits is not sent to the CRM: it stays on this
computer only, and other computers connected to the same CRM never see it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def local_only_label(text: str) -> QLabel:
    """A small muted line saying ``text`` (which begins with "This computer only"), with a
    tooltip naming what the sync does send."""
    label = QLabel(text)
    label.setObjectName("localOnly")
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn muted: a note, not a field
    label.setToolTip(
        QCoreApplication.translate(
            "LocalOnly",
            "Sync with the CRM sends accounts, stakeholders, touchpoints, tasks, renewals and "
            "success plans. This stays on this computer only.",
        )
    )
    return label
