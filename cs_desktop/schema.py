"""The schema revisions this build knows, oldest first.

Kept as constants so that opening an up-to-date store costs one small query and no Alembic
import (Alembic adds ~0.7 s to start-up). ``tests/core/test_migrations.py`` proves this list
equals the Alembic history in ``migrations/versions``.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial",)
HEAD_REVISION = KNOWN_REVISIONS[-1]
