"""Named crash points of a sync, for the kill -9 tests (contract §5 test 3).

Inert unless the environment variable ``CS_DESKTOP_SYNC_CRASH_AT`` names a checkpoint when the
process starts: then :data:`ARMED` is set and :func:`reached` is the only cost at each point (a
global lookup and a comparison). Armed, the process announces the checkpoint on stderr
(``sync checkpoint reached: NAME DETAIL``) and waits there to be killed; a test sends SIGKILL.

The value is ``NAME`` or ``NAME:GLOB``, where ``GLOB`` is matched against the point's detail:

- ``edit_committed``: a workspace edit and its outbox entries were committed;
- ``after_send`` (detail ``METHOD PATH``): a request reached the CRM and its response is in,
  before anything handles it;
- ``before_ack_commit`` (detail ``ENTITY KIND``, ``link`` or ``delete ENTITY``): an ack
  transaction wrote everything but has not committed;
- ``mid_page`` (detail the kind): a pulled page's transaction holds its records but has not
  committed (nor moved the cursor).
"""

from __future__ import annotations

import fnmatch
import os
import sys
import time

ENV_VAR = "CS_DESKTOP_SYNC_CRASH_AT"
ANNOUNCEMENT = "sync checkpoint reached:"
# A child nobody kills must not linger for ever: it exits on its own after this long.
WAIT_TO_BE_KILLED_S = 60.0

ARMED: str | None = os.environ.get(ENV_VAR) or None


def reached(name: str, detail: str = "") -> None:
    """Mark a checkpoint; stops here (waiting for SIGKILL) when the environment names it."""
    if ARMED is not None:
        _stop_if_named(ARMED, name, detail)


def _stop_if_named(armed: str, name: str, detail: str) -> None:
    wanted, _, pattern = armed.partition(":")
    if wanted != name or not fnmatch.fnmatchcase(detail, pattern or "*"):
        return
    sys.stderr.write(f"{ANNOUNCEMENT} {name} {detail}\n")
    sys.stderr.flush()
    time.sleep(WAIT_TO_BE_KILLED_S)
    os._exit(70)  # never reached in a test: it kills the process first
