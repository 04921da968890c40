"""The domain's words as the user reads them: one label function per enum, in any language.

The one home of these words: the workspace, the health views, the command line and the plan PDF
all ask here, and the catalog (``resources/locale``) holds their translations. Each function
takes the language to write in, or the app's current one.

Labels are looked up per language once: a table of a language is built on first use, so a
10,000-row portfolio does not repeat the catalog lookups.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache

from cs_desktop.i18n import Lang, current_language, words
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


def _lang(lang: Lang | None) -> Lang:
    return current_language() if lang is None else lang


def as_words(key: str) -> str:
    """A key the app has no label for, read as words: ``nps_score`` -> ``Nps score``."""
    return key.replace("_", " ").capitalize()


@cache
def _stages(lang: Lang) -> Mapping[Stage, str]:
    t = words(lang)
    return {
        Stage.SALES: t.pgettext("stage", "Sales"),
        Stage.DELIVERY: t.pgettext("stage", "Delivery"),
        Stage.SERVICE: t.pgettext("stage", "Service"),
        Stage.VALUE: t.pgettext("stage", "Value"),
    }


def stage_label(stage: Stage, lang: Lang | None = None) -> str:
    return _stages(_lang(lang))[stage]


@cache
def _tiers(lang: Lang) -> Mapping[Tier, str]:
    t = words(lang)
    return {
        Tier.STRATEGIC: t.pgettext("tier", "Strategic"),
        Tier.ENTERPRISE: t.pgettext("tier", "Enterprise"),
        Tier.MID_MARKET: t.pgettext("tier", "Mid-market"),
        Tier.SMB: t.pgettext("tier", "SMB"),
    }


def tier_label(tier: Tier, lang: Lang | None = None) -> str:
    return _tiers(_lang(lang))[tier]


@cache
def _kinds(lang: Lang) -> Mapping[TouchpointKind, str]:
    t = words(lang)
    return {
        TouchpointKind.MEETING: t.pgettext("touchpoint kind", "Meeting"),
        TouchpointKind.CALL: t.pgettext("touchpoint kind", "Call"),
        TouchpointKind.EMAIL: t.pgettext("touchpoint kind", "Email"),
        TouchpointKind.QBR: t.pgettext("touchpoint kind", "QBR"),
        TouchpointKind.ONSITE_VISIT: t.pgettext("touchpoint kind", "Onsite visit"),
        TouchpointKind.EVENT: t.pgettext("touchpoint kind", "Event"),
        TouchpointKind.SUPPORT_CASE: t.pgettext("touchpoint kind", "Support case"),
        TouchpointKind.NOTE: t.pgettext("touchpoint kind", "Note"),
    }


def kind_label(kind: TouchpointKind, lang: Lang | None = None) -> str:
    """A touchpoint's kind: meeting, call, QBR..."""
    return _kinds(_lang(lang))[kind]


@cache
def _roles(lang: Lang) -> Mapping[StakeholderRole, str]:
    t = words(lang)
    return {
        StakeholderRole.DECISION_MAKER: t.pgettext("stakeholder role", "Decision maker"),
        StakeholderRole.CHAMPION: t.pgettext("stakeholder role", "Champion"),
        StakeholderRole.USER: t.pgettext("stakeholder role", "User"),
        StakeholderRole.ECONOMIC_BUYER: t.pgettext("stakeholder role", "Economic buyer"),
        StakeholderRole.INFLUENCER: t.pgettext("stakeholder role", "Influencer"),
        StakeholderRole.BLOCKER: t.pgettext("stakeholder role", "Blocker"),
        StakeholderRole.OTHER: t.pgettext("stakeholder role", "Other"),
    }


def role_label(role: StakeholderRole, lang: Lang | None = None) -> str:
    return _roles(_lang(lang))[role]


@cache
def _objective_statuses(lang: Lang) -> Mapping[ObjectiveStatus, str]:
    t = words(lang)
    return {
        ObjectiveStatus.PLANNED: t.pgettext("goal status", "Planned"),
        ObjectiveStatus.IN_PROGRESS: t.pgettext("goal status", "In progress"),
        ObjectiveStatus.ACHIEVED: t.pgettext("goal status", "Achieved"),
        ObjectiveStatus.AT_RISK: t.pgettext("goal status", "At risk"),
        ObjectiveStatus.MISSED: t.pgettext("goal status", "Missed"),
    }


def objective_status_label(status: ObjectiveStatus, lang: Lang | None = None) -> str:
    """A customer goal's status in the success plan."""
    return _objective_statuses(_lang(lang))[status]


@cache
def _outcomes(lang: Lang) -> Mapping[RenewalOutcome, str]:
    t = words(lang)
    return {
        RenewalOutcome.RENEWED: t.pgettext("renewal outcome", "Renewed"),
        RenewalOutcome.EXPANDED: t.pgettext("renewal outcome", "Expanded"),
        RenewalOutcome.CONTRACTED: t.pgettext("renewal outcome", "Contracted"),
        RenewalOutcome.CHURNED: t.pgettext("renewal outcome", "Churned"),
    }


def outcome_label(outcome: RenewalOutcome, lang: Lang | None = None) -> str:
    """How a renewal ended: renewed, expanded, contracted or churned."""
    return _outcomes(_lang(lang))[outcome]


@cache
def _churn_reasons(lang: Lang) -> Mapping[ChurnReason | None, str]:
    t = words(lang)
    return {
        ChurnReason.ADOPTION: t.pgettext("churn reason", "Low adoption"),
        ChurnReason.SPONSOR_CHANGE: t.pgettext("churn reason", "Sponsor change"),
        ChurnReason.PRODUCT_GAP: t.pgettext("churn reason", "Product gap"),
        ChurnReason.BUDGET: t.pgettext("churn reason", "Budget"),
        ChurnReason.SERVICE_QUALITY: t.pgettext("churn reason", "Service quality"),
        ChurnReason.COMPETITOR: t.pgettext("churn reason", "Competitor"),
        ChurnReason.MERGER: t.pgettext("churn reason", "Merger or acquisition"),
        ChurnReason.BUSINESS_CLOSED: t.pgettext("churn reason", "Business closed"),
        ChurnReason.OTHER: t.pgettext("churn reason", "Other"),
        None: t.pgettext("churn reason", "Not recorded"),
    }


def churn_reason_label(reason: ChurnReason | None, lang: Lang | None = None) -> str:
    """Why a customer left or shrank; None is a loss recorded without a reason."""
    return _churn_reasons(_lang(lang))[reason]


@cache
def _risk_categories(lang: Lang) -> Mapping[RiskCategory, str]:
    t = words(lang)
    return {
        RiskCategory.ADOPTION: t.pgettext("risk category", "Adoption"),
        RiskCategory.SPONSOR_CHANGE: t.pgettext("risk category", "Sponsor change"),
        RiskCategory.PRODUCT_GAP: t.pgettext("risk category", "Product gap"),
        RiskCategory.BUDGET: t.pgettext("risk category", "Budget"),
        RiskCategory.SERVICE_QUALITY: t.pgettext("risk category", "Service quality"),
        RiskCategory.COMPETITOR: t.pgettext("risk category", "Competitor"),
        RiskCategory.OTHER: t.pgettext("risk category", "Other"),
    }


def risk_category_label(category: RiskCategory, lang: Lang | None = None) -> str:
    return _risk_categories(_lang(lang))[category]


@cache
def _risk_statuses(lang: Lang) -> Mapping[RiskStatus, str]:
    t = words(lang)
    return {
        RiskStatus.OPEN: t.pgettext("risk status", "Open"),
        RiskStatus.MITIGATING: t.pgettext("risk status", "Mitigating"),
        RiskStatus.RESOLVED: t.pgettext("risk status", "Resolved"),
    }


def risk_status_label(status: RiskStatus, lang: Lang | None = None) -> str:
    return _risk_statuses(_lang(lang))[status]


@cache
def _satisfaction(lang: Lang) -> Mapping[Satisfaction, str]:
    t = words(lang)
    return {
        Satisfaction.YES: t.pgettext("satisfaction", "satisfied"),
        Satisfaction.NO: t.pgettext("satisfaction", "not satisfied"),
        Satisfaction.UNKNOWN: t.pgettext("satisfaction", "not asked"),
    }


def satisfaction_label(value: Satisfaction, lang: Lang | None = None) -> str:
    """One satisfaction pulse (product or service) taken at a touchpoint."""
    return _satisfaction(_lang(lang))[value]


def mixed_pulses_label(lang: Lang | None = None) -> str:
    """A touchpoint whose product and service pulses disagree (a chart's legend)."""
    return words(_lang(lang)).pgettext("satisfaction", "mixed")


@cache
def _bands(lang: Lang) -> Mapping[str | None, str]:
    t = words(lang)
    return {
        "red": t.pgettext("health band", "Red"),
        "yellow": t.pgettext("health band", "Yellow"),
        "green": t.pgettext("health band", "Green"),
        None: t.pgettext("health band", "no score"),
    }


def band_label(band: str | None, lang: Lang | None = None) -> str:
    """A health band (``red``, ``yellow``, ``green``), or None for an account with no score."""
    labels = _bands(_lang(lang))
    return labels.get(None if band is None else str(band)) or as_words(str(band))


@cache
def _groups(lang: Lang) -> Mapping[str, str]:
    t = words(lang)
    return {
        "outcomes": t.pgettext("indicator group", "Outcomes"),
        "usage": t.pgettext("indicator group", "Usage"),
        "communication": t.pgettext("indicator group", "Communication"),
        "satisfaction": t.pgettext("indicator group", "Satisfaction"),
        "delivery": t.pgettext("indicator group", "Delivery"),
    }


def indicator_group_label(group: str, lang: Lang | None = None) -> str:
    """What an indicator measures: outcomes, usage, communication, satisfaction, delivery."""
    return _groups(_lang(lang)).get(str(group)) or as_words(str(group))


@cache
def _indicators(lang: Lang) -> Mapping[str, str]:
    t = words(lang)
    return {
        "goal_achievement_rate": t.pgettext("indicator", "Goal achievement"),
        "roi": t.pgettext("indicator", "ROI"),
        "login_rate": t.pgettext("indicator", "Login rate"),
        "feature_adoption": t.pgettext("indicator", "Feature adoption"),
        "inquiry_count": t.pgettext("indicator", "Inquiries"),
        "question_response_rate": t.pgettext("indicator", "Question response"),
        "feedback_rate": t.pgettext("indicator", "Feedback rate"),
        "event_participation": t.pgettext("indicator", "Event participation"),
        "dm_meeting_recency": t.pgettext("indicator", "Days since a decision-maker meeting"),
        "product_satisfaction": t.pgettext("indicator", "Product pulses"),
        "service_satisfaction": t.pgettext("indicator", "Service pulses"),
        "milestone_completion": t.pgettext("indicator", "Milestones done"),
    }


# Every indicator the app has a name for, in the health catalog's order.
INDICATOR_KEYS: tuple[str, ...] = tuple(_indicators("en"))


def indicator_label(key: str, lang: Lang | None = None) -> str:
    """An indicator's name; one the app does not know (an imported one) reads as words."""
    return _indicators(_lang(lang)).get(key) or as_words(key)


def renewal_countdown(renewal: date | None, today: date, lang: Lang | None = None) -> str:
    """How far the renewal is: "renews in 93 days", "renews today", "renewal overdue by 3 days"."""
    t = words(_lang(lang))
    if renewal is None:
        return t.gettext("no renewal date")
    days = (renewal - today).days
    if days < 0:
        return t.ngettext(
            "renewal overdue by {count} day", "renewal overdue by {count} days", -days
        ).format(count=-days)
    if days == 0:
        return t.gettext("renews today")
    if days == 1:
        return t.gettext("renews tomorrow")
    return t.ngettext("renews in {count} day", "renews in {count} days", days).format(count=days)
