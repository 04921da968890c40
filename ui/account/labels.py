"""Words and numbers as the workspace shows them: enum labels, renewal countdown.

The domain's words come from the core's catalog (``cs_desktop.labels``), the one table the
command line and the plan PDF read too; each call reads the app's current language.
Dates are written by ``ui.dates``.
"""

from __future__ import annotations

from datetime import date

from cs_desktop import labels
from cs_desktop.vocabulary import (
    ChurnReason,
    ObjectiveStatus,
    RenewalOutcome,
    RiskCategory,
    RiskStatus,
    Satisfaction,
    Stage,
    StakeholderRole,
    Tier,
    TouchpointKind,
)

RENEWAL_SOON_DAYS = 120


def stage_label(stage: Stage) -> str:
    return labels.stage_label(stage)


def tier_label(tier: Tier) -> str:
    return labels.tier_label(tier)


def kind_label(kind: TouchpointKind) -> str:
    return labels.kind_label(kind)


def role_label(role: StakeholderRole) -> str:
    return labels.role_label(role)


def status_label(status: ObjectiveStatus) -> str:
    return labels.objective_status_label(status)


def outcome_label(outcome: RenewalOutcome) -> str:
    return labels.outcome_label(outcome)


def reason_label(reason: ChurnReason | None) -> str:
    """Why a customer left or shrank; None is a loss recorded without a reason."""
    return labels.churn_reason_label(reason)


def risk_category_label(category: RiskCategory) -> str:
    return labels.risk_category_label(category)


def risk_status_label(status: RiskStatus) -> str:
    return labels.risk_status_label(status)


def satisfaction_label(value: Satisfaction) -> str:
    return labels.satisfaction_label(value)


def indicator_label(key: str) -> str:
    """The indicator's name; unknown keys (imported indicators) still read as words."""
    return labels.indicator_label(key)


def renewal_countdown(renewal: date | None, today: date) -> tuple[str, bool]:
    """The header's renewal text and whether it is urgent (due in under 120 days or overdue)."""
    text = labels.renewal_countdown(renewal, today)
    if renewal is None:
        return text, False
    return text, (renewal - today).days < RENEWAL_SOON_DAYS
