"""Salesforce's request limit as its responses announce it [S5][S7]: every answer carries
``Sforce-Limit-Info: api-usage=18/5000`` (requests used in the last 24 hours, of the org's
allocation; ``per-app-api-usage=…`` may follow). It becomes the day's figures of the neutral
:class:`~cs_desktop.sync.adapter.RateInfo`; Salesforce has no short rolling window."""

from __future__ import annotations

import re
from collections.abc import Mapping

from cs_desktop.sync.adapter import RateInfo

HEADER = "Sforce-Limit-Info"
_USAGE = re.compile(r"(?:^|[;,\s])api-usage=(\d+)/(\d+)")


def read_limits(headers: Mapping[str, str]) -> RateInfo:
    """The day's figures of a response's ``Sforce-Limit-Info`` (none: empty)."""
    value = next((v for k, v in headers.items() if k.lower() == HEADER.lower()), None)
    if value is None:
        return RateInfo()
    found = _USAGE.search(value)
    if found is None:
        return RateInfo(headers={HEADER: value})
    used, limit = int(found.group(1)), int(found.group(2))
    return RateInfo(day_limit=limit, day_remaining=max(0, limit - used), headers={HEADER: value})
