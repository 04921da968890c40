"""The deal pipeline renewals live in, so that the team sees them where it sees deals.

The app owns a pipeline labelled :data:`LABEL`: an open stage for the forecast of the
renewal under way and a closed stage per outcome. It is found by its label or created
(``/crm/v3/pipelines/deals``); HubSpot chooses the stage ids, so they are read back. A deal's
stage is written by the app from the record's outcome (``csm_renewal_outcome`` holds it too).

A colleague moves a deal through the stages in HubSpot, so the stage is read back
(:func:`read_back`): a deal in a closed stage has that stage's outcome (a renewal's outcome,
the forecast's expected one), whatever ``csm_renewal_outcome`` still says; in the open stage
``csm_renewal_outcome`` says. A deal made in HubSpot in this pipeline (no ``csm_record``) is
a renewal when closed and the forecast when open (:func:`kind_of`), with what the app needs
and HubSpot's deal lacks filled in (:func:`filled`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cs_desktop.i18n import _
from cs_desktop.sync.adapter import Fatal, Kind
from cs_desktop.sync.hubspot.client import HubSpotClient, message, ok_json
from cs_desktop.sync.merge import Value
from cs_desktop.sync.values import parse_day

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
RECORD = "csm_record"


@dataclass(frozen=True)
class Pipeline:
    id: str
    stages: dict[str, str]  # stage key -> HubSpot stage id

    def key_of(self, stage_id: str | None) -> str | None:
        """The stage key of a HubSpot stage id of this pipeline, or None."""
        for key, known in self.stages.items():
            if known == stage_id:
                return key
        return None


def find_pipeline(client: HubSpotClient) -> Pipeline | None:
    """The renewals pipeline, if the portal has it (reading never creates it)."""
    listed = ok_json(client.request("GET", "/crm/v3/pipelines/deals"))
    for item in listed.get("results", []):
        if item.get("label") == LABEL and not item.get("archived"):
            return _read(item)
    return None


def renewal_pipeline(client: HubSpotClient) -> Pipeline:
    """The renewals pipeline, created the first time."""
    found = find_pipeline(client)
    if found is not None:
        return found
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


def staged(
    kind: Kind, props: dict[str, Value], pipeline: Pipeline, *, create: bool = True
) -> dict[str, Value]:
    """A deal's properties with its pipeline, stage and (on its create) name, from its
    outcome (a renewal) or as the open forecast; unchanged when the write does not carry the
    outcome. An update keeps the deal's name: a colleague may have named it."""
    if OUTCOME not in props:
        return props
    key = FORECAST if kind == "forecast" else props[OUTCOME]
    stage = pipeline.stages.get(key or "")
    extra: dict[str, Value] = {"pipeline": pipeline.id}
    if stage is not None:
        extra["dealstage"] = stage
    if create:
        extra["dealname"] = "Renewal forecast" if kind == "forecast" else "Renewal"
    return {**props, **extra}


def _stage_key(props: Mapping[str, str | None], pipeline: Pipeline | None) -> str | None:
    if pipeline is None or props.get("pipeline") != pipeline.id:
        return None
    return pipeline.key_of(props.get("dealstage"))


def kind_of(props: Mapping[str, str | None], pipeline: Pipeline | None) -> Kind | None:
    """Which of the app's kinds a deal is: its ``csm_record``; else, made in HubSpot in the
    renewals pipeline, a renewal when closed and the forecast when open. A deal of another
    pipeline (the team's sales deals) is none: it is not a renewal the app tracks, and
    taking it would fill the accounts with the sales team's opportunities."""
    marked = props.get(RECORD)
    if marked:
        return next((kind for kind in DEAL_KINDS if kind == marked), None)
    key = _stage_key(props, pipeline)
    if key is None:
        return None
    return "forecast" if key == FORECAST else "renewal"


def read_back(props: dict[str, str | None], pipeline: Pipeline | None) -> None:
    """Take a deal's outcome from the closed stage it is in (in place; see the module)."""
    key = _stage_key(props, pipeline)
    if key is not None and key != FORECAST:
        props[OUTCOME] = key
    if not props.get(RECORD) and key is not None:
        _fill(props, key)


def _fill(props: dict[str, str | None], key: str) -> None:
    """What a deal made in HubSpot lacks of what the app holds for a renewal or forecast: a
    year's term ending on the close date, the ARR before it as the amount, and for the
    forecast a renewal expected at the stage's probability."""
    amount = props.get("amount") or "0"
    props["amount"] = amount
    if key == FORECAST:
        props[OUTCOME] = props.get(OUTCOME) or "renewed"
        props["csm_probability"] = props.get("csm_probability") or "50"
        return
    closed = props.get("closedate")
    if closed and not props.get("csm_period_start"):
        try:
            end = parse_day(closed)
        except ValueError:
            return
        props["csm_period_start"] = (_year_before(end) + timedelta(days=1)).isoformat()
    props["csm_arr_before"] = props.get("csm_arr_before") or amount


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)
