"""The CRM sandbox for the sync benchmark, in its own process: ``python -m bench.sync_sandbox
SEED.json``. Loads the generated portal into memory (no saving: the real API has no such
cost), prints one JSON line with its address and token, and serves until stdin closes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crm_sandbox import Sandbox


def main() -> int:
    sandbox = Sandbox(0, None)
    # The figure is the client's own cost over loopback, so the portal announces a rate limit
    # no run reaches (the client paces itself to whatever a portal announces: HubSpot's
    # default 190 per 10 s would make the pull a measure of that limit, for floor and sync
    # alike if the floor obeyed it).
    sandbox.faults.settings.rateLimitMax = 1_000_000
    # Nor does it refuse: the floor replays the sync's searches without its 4-a-second pacing,
    # and HubSpot's 5 a second would answer the replay's with 429s instead of results.
    sandbox.faults.settings.enforceRateLimits = False
    # And its search sees writes at once: the remote changes a timed sync is to pull are made
    # just before it, which HubSpot's index lag would hide from that run.
    sandbox.faults.settings.searchLagSeconds = 0.0
    sandbox.apply_settings()
    sandbox.store.load(Path(sys.argv[1]))
    sandbox.start()
    print(json.dumps({"url": sandbox.url, "token": sandbox.auth.private_token}), flush=True)
    sys.stdin.read()  # the benchmark closes our stdin when it is done (or dies)
    sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
