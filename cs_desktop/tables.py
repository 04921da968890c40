"""Every table of the store on one metadata: the domain models and the sync's own tables.

Tables register on :class:`cs_desktop.base.Base` when their module is imported. Alembic
(``migrations/env.py``), ``cs-desktop db check`` and the models-vs-migrations test take the
schema from here, so what they see never depends on what happened to be imported before.
"""

from __future__ import annotations

from cs_desktop import models
from cs_desktop.base import Base
from cs_desktop.capture import inbox
from cs_desktop.sync import state

__all__ = ["TABLE_MODULES", "metadata"]

# The modules whose tables make up the store; importing them is what registers the tables.
TABLE_MODULES = (models, state, inbox)

metadata = Base.metadata
