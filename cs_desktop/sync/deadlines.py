"""How long the sync waits for the CRM: per request, per answer, per run.

Why these numbers:

- ``connect_s`` 5 s: "offline" must be known within 5 s; a reachable CRM connects in well
  under a second, even over a slow hotel link.
- ``read_s`` 30 s: the longest silence within one reply. HubSpot answers a page or a batch of
  100 in about a second; half a minute of silence means the request is lost.
- ``request_s`` 60 s: one request, from sending it to its last byte. httpx's timeouts are per
  socket operation, so a server trickling one byte every 10 s would never trip them; this one
  holds however the bytes come. A page of 100 records with their links is a few hundred KB:
  a minute is ample even at modem speed.
- ``stall_s`` 2 min: how long one answer may be awaited, retries and their back-off included,
  before the run stops and says so. Longer waits the CRM asks for itself (a rate limit's
  ``Retry-After``) end the run as rate limited instead.
- ``run_s`` 15 min: a routine run sends the day's edits and fetches what changed, a few
  hundred requests at most; one still going after 15 minutes is stuck in a way the other
  limits do not see (say a CRM answering each request just in time), and it stops cleanly:
  the next run continues from the outbox and the cursors.
- ``first_run_s`` none: a first sync lists the whole portal and sends the whole store. 200,000
  engagements are 2,000 list pages besides the companies and contacts, and HubSpot lets an
  OAuth app make 100 requests per 10 s: from 10 minutes at the very least to an hour or more
  on a big, busy portal. Any fixed limit would either cut healthy big syncs (each cut makes the
  next run wait through the rate limits again) or mean nothing for small ones, so a first sync
  is bounded by progress only: it stops when the CRM stalls (``stall_s``), never while answers
  keep coming, and a stopped first pull resumes from its last page.
- ``announce_s`` 3 s: after this the status line says "waiting for the CRM (N s)…"; shorter
  waits are ordinary answers and would only flicker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Deadlines:
    """The sync's time limits in seconds (see the module docstring); tests shorten them."""

    connect_s: float = 5.0
    read_s: float = 30.0
    request_s: float = 60.0
    stall_s: float = 120.0
    run_s: float | None = 15 * 60.0
    first_run_s: float | None = None
    announce_s: float = 3.0

    def run_limit(self, first: bool) -> float | None:
        """The overall limit of a run, None for none."""
        return self.first_run_s if first else self.run_s

    def per_request(self, seconds: float) -> Deadlines:
        """These limits with every per-request one set to ``seconds`` (a quick check, a test)."""
        return replace(
            self, connect_s=min(self.connect_s, seconds), read_s=seconds, request_s=seconds
        )


DEFAULT = Deadlines()
