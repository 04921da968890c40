"""The sandbox's notion of "now": the real time, or a fake one tests move by hand.

Every timestamp the sandbox writes (``createdAt``, ``hs_lastmodifieddate``, token expiry, search
lag) comes from here, so a test can freeze time, jump past a token's expiry or a search lag
without sleeping.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any


def parse_instant(value: Any) -> int:
    """Epoch milliseconds from an ISO-8601 string or a number of epoch milliseconds.

    Raises:
        ValueError: when ``value`` is neither.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a time: {value!r}")
    if isinstance(value, int | float):
        return int(value)
    text = str(value).strip()
    if text.lstrip("-").isdigit():
        return int(text)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return int(parsed.timestamp() * 1000)


def iso(ms: int) -> str:
    """``2024-06-01T00:00:01.000Z``: the form HubSpot uses for timestamps."""
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


class Clock:
    """Real time, real time shifted by an offset, or a frozen instant that moves on request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset_ms = 0
        self._frozen_ms: int | None = None

    def now_ms(self) -> int:
        with self._lock:
            if self._frozen_ms is not None:
                return self._frozen_ms
            return int(time.time() * 1000) + self._offset_ms

    def reset(self) -> None:
        with self._lock:
            self._offset_ms = 0
            self._frozen_ms = None

    def configure(self, request: dict[str, Any]) -> None:
        """Apply a control request: ``{"now": ISO|ms, "frozen": bool}``, ``{"advance": s}``,
        ``{"offset": s}`` or ``{"real": true}`` (keys may be combined, applied in that order).

        Raises:
            ValueError: on an unknown key or a value of the wrong kind.
        """
        unknown = set(request) - {"now", "frozen", "advance", "offset", "real"}
        if unknown:
            raise ValueError(f"unknown clock settings: {sorted(unknown)}")
        if request.get("real"):
            self.reset()
        if "offset" in request:
            with self._lock:
                self._frozen_ms = None
                self._offset_ms = int(float(request["offset"]) * 1000)
        if "now" in request:
            target = parse_instant(request["now"])
            with self._lock:
                if request.get("frozen", True):
                    self._frozen_ms = target
                else:
                    self._frozen_ms = None
                    self._offset_ms = target - int(time.time() * 1000)
        if "advance" in request:
            step = int(float(request["advance"]) * 1000)
            with self._lock:
                if self._frozen_ms is not None:
                    self._frozen_ms += step
                else:
                    self._offset_ms += step

    def describe(self) -> dict[str, Any]:
        with self._lock:
            mode = "frozen" if self._frozen_ms is not None else "real"
            if mode == "real" and self._offset_ms:
                mode = "offset"
            offset = self._offset_ms / 1000
        now = self.now_ms()
        return {"now": iso(now), "epochMs": now, "mode": mode, "offsetSeconds": offset}
