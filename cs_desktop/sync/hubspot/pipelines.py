"""The deal pipeline renewals live in, so that the team sees them where it sees deals.

The app owns a pipeline labelled :data:`LABEL`: an open stage for the forecast of the
renewal under way and a closed stage per outcome. It is found by its label or created
(``/crm/v3/pipelines/deals``); HubSpot chooses the stage ids, so they are read back. A deal's
stage is written by the app from the record's outcome (``csm_renewal_outcome``, which is
what syncs both ways); a stage moved in the CRM is not read back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Fatal, Kind
from cs_desktop.sync.hubspot.client import HubSpotClient, message, ok_json
from cs_desktop.sync.merge import Value

LABEL = "Renewals (CS Desktop)"
OUTCOME = "csm_renewal_outcome"
FORECAST = "forecast"
# Stage key, label, probability, closed. The forecast's stage is open, the outcomes closed.
STAGES = (
    (FORECAST, "Forecast", "0.5", False),
    ("renewed", "Renewed", "1.0", True),
    ("expanded", "Expanded", "1.0", True),
    ("contracted", "Contracted", "1.0", True),
    ("churned", "Churned", "0.0", True),
)
DEAL_KINDS: tuple[Kind, ...] = ("renewal", "forecast")


@dataclass(frozen=True)
class Pipeline:
    id: str
    stages: dict[str, str]  # stage key -> HubSpot stage id


def renewal_pipeline(client: HubSpotClient) -> Pipeline:
    """The renewals pipeline, created the first time."""
    listed = ok_json(client.request("GET", "/crm/v3/pipelines/deals"))
    for item in listed.get("results", []):
        if item.get("label") == LABEL and not item.get("archived"):
            return _read(item)
    body = {
        "label": LABEL,
        "displayOrder": 1,
        "stages": [
            {
                "label": label,
                "displayOrder": n,
                "metadata": {"probability": probability, "isClosed": str(closed).lower()},
            }
            for n, (_key, label, probability, closed) in enumerate(STAGES)
        ],
    }
    created = client.request("POST", "/crm/v3/pipelines/deals", json=body)
    if created.status_code >= 300:
        raise Fatal(
            _("cannot create the renewals pipeline: {reason}").format(reason=message(created))
        )
    return _read(ok_json(created))


def _read(item: dict[str, Any]) -> Pipeline:
    by_label = {str(s.get("label")): str(s.get("id")) for s in item.get("stages", [])}
    stages = {key: by_label[label] for key, label, _p, _c in STAGES if label in by_label}
    return Pipeline(str(item["id"]), stages)


def staged(kind: Kind, props: dict[str, Value], pipeline: Pipeline) -> dict[str, Value]:
    """A deal's properties with its pipeline, stage and name, from its outcome (a renewal)
    or as the open forecast; unchanged when the write does not carry the outcome."""
    if OUTCOME not in props:
        return props
    key = FORECAST if kind == "forecast" else props[OUTCOME]
    stage = pipeline.stages.get(key or "")
    extra: dict[str, Value] = {"pipeline": pipeline.id}
    if stage is not None:
        extra["dealstage"] = stage
    extra["dealname"] = "Renewal forecast" if kind == "forecast" else "Renewal"
    return {**props, **extra}
