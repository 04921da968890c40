"""The CRM sandbox for the sync benchmark, in its own process: ``python -m bench.sync_sandbox
SEED.json``. Loads the generated portal into memory (no saving: the real API has no such
cost), prints one JSON line with its address and token, and serves until stdin closes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cs_desktop.crm_emulator import Sandbox


def main() -> int:
    sandbox = Sandbox(0, None)
    sandbox.store.load(Path(sys.argv[1]))
    sandbox.start()
    print(json.dumps({"url": sandbox.url, "token": sandbox.auth.private_token}), flush=True)
    sys.stdin.read()  # the benchmark closes our stdin when it is done (or dies)
    sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
