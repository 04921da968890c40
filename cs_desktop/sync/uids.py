"""The local uid a CRM record carries as ``csm_local_id``: how a pulled record finds its row."""

from __future__ import annotations

import uuid


def parse_uid(text: str | None) -> uuid.UUID | None:
    """The uuid of a ``csm_local_id`` value, or None when it is empty or not ours."""
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None
