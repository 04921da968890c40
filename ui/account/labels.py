"""Words and numbers as the workspace shows them: enum labels, money, renewal countdown.

Labels go through ``QCoreApplication.translate`` at call time (not at import) so a translator
installed after start-up still applies.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

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

_STAGES = {
    Stage.SALES: "Sales",
    Stage.DELIVERY: "Delivery",
    Stage.SERVICE: "Service",
    Stage.VALUE: "Value",
}
_TIERS = {
    Tier.STRATEGIC: "Strategic",
    Tier.ENTERPRISE: "Enterprise",
    Tier.MID_MARKET: "Mid-market",
    Tier.SMB: "SMB",
}
_KINDS = {
    TouchpointKind.MEETING: "Meeting",
    TouchpointKind.CALL: "Call",
    TouchpointKind.EMAIL: "Email",
    TouchpointKind.QBR: "QBR",
    TouchpointKind.ONSITE_VISIT: "Onsite visit",
    TouchpointKind.EVENT: "Event",
    TouchpointKind.SUPPORT_CASE: "Support case",
    TouchpointKind.NOTE: "Note",
}
_ROLES = {
    StakeholderRole.DECISION_MAKER: "Decision maker",
    StakeholderRole.CHAMPION: "Champion",
    StakeholderRole.USER: "User",
    StakeholderRole.ECONOMIC_BUYER: "Economic buyer",
    StakeholderRole.INFLUENCER: "Influencer",
    StakeholderRole.BLOCKER: "Blocker",
    StakeholderRole.OTHER: "Other",
}
_STATUSES = {
    ObjectiveStatus.PLANNED: "Planned",
    ObjectiveStatus.IN_PROGRESS: "In progress",
    ObjectiveStatus.ACHIEVED: "Achieved",
    ObjectiveStatus.AT_RISK: "At risk",
    ObjectiveStatus.MISSED: "Missed",
}
_OUTCOMES = {
    RenewalOutcome.RENEWED: "Renewed",
    RenewalOutcome.EXPANDED: "Expanded",
    RenewalOutcome.CONTRACTED: "Contracted",
    RenewalOutcome.CHURNED: "Churned",
}
_REASONS = {
    ChurnReason.ADOPTION: "Low adoption",
    ChurnReason.SPONSOR_CHANGE: "Sponsor change",
    ChurnReason.PRODUCT_GAP: "Product gap",
    ChurnReason.BUDGET: "Budget",
    ChurnReason.SERVICE_QUALITY: "Service quality",
    ChurnReason.COMPETITOR: "Competitor",
    ChurnReason.MERGER: "Merger or acquisition",
    ChurnReason.BUSINESS_CLOSED: "Business closed",
    ChurnReason.OTHER: "Other",
}
_RISK_CATEGORIES = {
    RiskCategory.ADOPTION: "Adoption",
    RiskCategory.SPONSOR_CHANGE: "Sponsor change",
    RiskCategory.PRODUCT_GAP: "Product gap",
    RiskCategory.BUDGET: "Budget",
    RiskCategory.SERVICE_QUALITY: "Service quality",
    RiskCategory.COMPETITOR: "Competitor",
    RiskCategory.OTHER: "Other",
}
_RISK_STATUSES = {
    RiskStatus.OPEN: "Open",
    RiskStatus.MITIGATING: "Mitigating",
    RiskStatus.RESOLVED: "Resolved",
}
_SATISFACTION = {Satisfaction.YES: "yes", Satisfaction.NO: "no", Satisfaction.UNKNOWN: "not asked"}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def stage_label(stage: Stage) -> str:
    return _tr("Stage", _STAGES[stage])


def tier_label(tier: Tier) -> str:
    return _tr("Tier", _TIERS[tier])


def kind_label(kind: TouchpointKind) -> str:
    return _tr("TouchpointKind", _KINDS[kind])


def role_label(role: StakeholderRole) -> str:
    return _tr("StakeholderRole", _ROLES[role])


def status_label(status: ObjectiveStatus) -> str:
    return _tr("ObjectiveStatus", _STATUSES[status])


def outcome_label(outcome: RenewalOutcome) -> str:
    return _tr("RenewalOutcome", _OUTCOMES[outcome])


def reason_label(reason: ChurnReason | None) -> str:
    """Why a customer left or shrank; None is a loss recorded without a reason."""
    if reason is None:
        return _tr("ChurnReason", "Not recorded")
    return _tr("ChurnReason", _REASONS[reason])


def risk_category_label(category: RiskCategory) -> str:
    return _tr("RiskCategory", _RISK_CATEGORIES[category])


def risk_status_label(status: RiskStatus) -> str:
    return _tr("RiskStatus", _RISK_STATUSES[status])


def satisfaction_label(value: Satisfaction) -> str:
    return _tr("Satisfaction", _SATISFACTION[value])


def indicator_label(key: str) -> str:
    """The indicator's name from the health core's catalog, the one list of indicators.

    Unknown keys (imported indicators) still read as words rather than snake_case.
    """
    # Imported on first use: the catalog's module loads the ORM, too slow for start-up.
    from cs_desktop.health.scorecard import INDICATOR_CATALOG

    info = INDICATOR_CATALOG.get(key)
    return _tr("Indicator", info.label if info else key.replace("_", " ").capitalize())


def format_date(day: date) -> str:
    # ISO dates: unambiguous for a team spread over Japan, China and the US.
    return day.isoformat()


def renewal_countdown(renewal: date | None, today: date) -> tuple[str, bool]:
    """The header's renewal text and whether it is urgent (due in under 120 days or overdue)."""
    if renewal is None:
        return _tr("Renewal", "no renewal date"), False
    days = (renewal - today).days
    if days < 0:
        return _tr("Renewal", "renewal overdue by %1 days").replace("%1", str(-days)), True
    if days == 0:
        return _tr("Renewal", "renews today"), True
    if days == 1:
        return _tr("Renewal", "renews tomorrow"), True
    return _tr("Renewal", "renews in %1 days").replace("%1", str(days)), days < RENEWAL_SOON_DAYS
