"""Renewals and the forecast as opportunities, in stages every org has.

A renewal's outcome (``CSM_Renewal_Outcome__c``, what syncs both ways) puts it in a closed
stage: won when the customer renewed, expanded or contracted, lost when it churned. The
forecast, and a renewal with no outcome yet, stand in the first open stage. Which of the
app's records an opportunity is says ``CSM_Record__c`` (``renewal`` or ``forecast``), not
``Type``, whose values each org defines for its sales. The stage and the name are written
by the app from the outcome and not read back (as HubSpot's deal stage).
"""

from __future__ import annotations

from cs_desktop.sync.adapter import Kind
from cs_desktop.sync.merge import Value

OUTCOME = "CSM_Renewal_Outcome__c"
OPEN_STAGE = "Prospecting"
WON = "Closed Won"
LOST = "Closed Lost"
STAGES: dict[str, str] = {
    "renewed": WON,
    "expanded": WON,
    "contracted": WON,
    "churned": LOST,
}
NAMES: dict[Kind, str] = {"renewal": "Renewal", "forecast": "Renewal forecast"}
OPPORTUNITY_KINDS: tuple[Kind, ...] = tuple(NAMES)


def staged(kind: Kind, props: dict[str, Value]) -> dict[str, Value]:
    """An opportunity's fields with its stage and name from its outcome; unchanged when the
    write does not carry the outcome."""
    if kind not in NAMES or OUTCOME not in props:
        return props
    outcome = props[OUTCOME] or ""
    stage = OPEN_STAGE if kind == "forecast" else STAGES.get(outcome, OPEN_STAGE)
    return {**props, "StageName": stage, "Name": NAMES[kind]}


def for_create(kind: Kind, props: dict[str, Value]) -> dict[str, Value]:
    """The stage and name an opportunity's create requires, when its write has none."""
    if kind not in NAMES:
        return props
    return {"StageName": OPEN_STAGE, "Name": NAMES[kind], **props}
