"""Pipelines (``/crm/v3/pipelines/{objectType}``): the stages deals move through.

A fresh portal has HubSpot's default deal pipeline (id ``default``); more are created with
their stages, whose ids the portal chooses. A deal's ``pipeline`` and ``dealstage`` must
name a pipeline and one of its stages.
"""

from __future__ import annotations

from typing import Any

from crm_sandbox.clock import iso
from crm_sandbox.errors import ApiError, not_found, validation

_DEFAULT_STAGES = (
    ("appointmentscheduled", "Appointment scheduled", "0.2", "false"),
    ("qualifiedtobuy", "Qualified to buy", "0.4", "false"),
    ("presentationscheduled", "Presentation scheduled", "0.6", "false"),
    ("decisionmakerboughtin", "Decision maker bought-in", "0.8", "false"),
    ("contractsent", "Contract sent", "0.9", "false"),
    ("closedwon", "Closed won", "1.0", "true"),
    ("closedlost", "Closed lost", "0.0", "true"),
)
KINDS = ("deals",)


def default_pipelines(now_ms: int) -> dict[str, list[dict[str, Any]]]:
    stages = [
        _stage(stage_id, label, n, {"probability": p, "isClosed": closed}, now_ms)
        for n, (stage_id, label, p, closed) in enumerate(_DEFAULT_STAGES)
    ]
    return {"deals": [_pipeline("default", "Sales Pipeline", 0, stages, now_ms)]}


def create(pipelines: list[dict[str, Any]], body: Any, new_id: int, now_ms: int) -> dict[str, Any]:
    """Add a pipeline from a ``PipelineInput``; its stages are numbered from ``new_id`` on.

    Raises:
        ApiError: 400 for a missing label or no stages, 409 for a label in use.
    """
    if not isinstance(body, dict) or not body.get("label") or not body.get("stages"):
        raise validation("A pipeline needs a label and at least one stage")
    if any(p["label"] == body["label"] and not p["archived"] for p in pipelines):
        raise ApiError(409, "CONFLICT", f"A pipeline labelled {body['label']!r} already exists")
    stages = []
    for n, item in enumerate(body["stages"]):
        if not isinstance(item, dict) or not item.get("label"):
            raise validation("Every stage needs a label")
        metadata = {k: str(v) for k, v in (item.get("metadata") or {}).items()}
        order = int(item.get("displayOrder", n))
        stages.append(_stage(str(new_id + 1 + n), str(item["label"]), order, metadata, now_ms))
    order = int(body.get("displayOrder", len(pipelines)))
    created = _pipeline(str(new_id), str(body["label"]), order, stages, now_ms)
    pipelines.append(created)
    return created


def find(pipelines: list[dict[str, Any]], pipeline_id: str) -> dict[str, Any]:
    for pipeline in pipelines:
        if pipeline["id"] == pipeline_id and not pipeline["archived"]:
            return pipeline
    raise not_found(f"Unable to find pipeline {pipeline_id}")


def check_stage(
    pipelines: list[dict[str, Any]], pipeline_id: str | None, stage_id: str | None
) -> str | None:
    """What is wrong with a deal's pipeline and stage, or None."""
    live = [p for p in pipelines if not p["archived"]]
    if pipeline_id and not any(p["id"] == pipeline_id for p in live):
        return f"{pipeline_id} is not a valid pipeline"
    if stage_id:
        allowed = [p for p in live if not pipeline_id or p["id"] == pipeline_id]
        if not any(s["id"] == stage_id for p in allowed for s in p["stages"]):
            return f"{stage_id} is not a valid stage of pipeline {pipeline_id or 'default'}"
    return None


def _pipeline(
    pipeline_id: str, label: str, order: int, stages: list[dict[str, Any]], now_ms: int
) -> dict[str, Any]:
    return {
        "id": pipeline_id,
        "label": label,
        "displayOrder": order,
        "stages": stages,
        "createdAt": iso(now_ms),
        "updatedAt": iso(now_ms),
        "archived": False,
    }


def _stage(
    stage_id: str, label: str, order: int, metadata: dict[str, str], now_ms: int
) -> dict[str, Any]:
    return {
        "id": stage_id,
        "label": label,
        "displayOrder": order,
        "metadata": metadata,
        "createdAt": iso(now_ms),
        "updatedAt": iso(now_ms),
        "archived": False,
        "writePermissions": "CRM_PERMISSIONS_ENFORCEMENT",
    }
