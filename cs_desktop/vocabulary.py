"""The domain's words as enums: stages, tiers, roles, kinds, outcomes.

Kept apart from the ORM models so the UI can name stages and tiers at start-up without
importing SQLAlchemy's ORM.
"""

from enum import StrEnum


class Stage(StrEnum):
    """The four lifecycle stages, in the order an account moves through them."""

    SALES = "sales"
    DELIVERY = "delivery"
    SERVICE = "service"
    VALUE = "value"


class Tier(StrEnum):
    """How much attention an account gets: accounts are graded, not served all alike."""

    STRATEGIC = "strategic"
    ENTERPRISE = "enterprise"
    MID_MARKET = "mid_market"
    SMB = "smb"


class StakeholderRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    CHAMPION = "champion"
    USER = "user"
    ECONOMIC_BUYER = "economic_buyer"
    INFLUENCER = "influencer"
    BLOCKER = "blocker"
    OTHER = "other"


class TouchpointKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    QBR = "qbr"
    ONSITE_VISIT = "onsite_visit"
    EVENT = "event"
    SUPPORT_CASE = "support_case"
    NOTE = "note"


class Satisfaction(StrEnum):
    """One binary pulse taken at a touchpoint, or unknown when it was not asked."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ObjectiveStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    AT_RISK = "at_risk"
    MISSED = "missed"


class RenewalOutcome(StrEnum):
    RENEWED = "renewed"
    EXPANDED = "expanded"
    CONTRACTED = "contracted"
    CHURNED = "churned"


class ChurnReason(StrEnum):
    """Why a customer left or shrank: a fixed list, so the portfolio can count them."""

    ADOPTION = "adoption"
    SPONSOR_CHANGE = "sponsor_change"
    PRODUCT_GAP = "product_gap"
    BUDGET = "budget"
    SERVICE_QUALITY = "service_quality"
    COMPETITOR = "competitor"
    MERGER = "merger"
    BUSINESS_CLOSED = "business_closed"
    OTHER = "other"


class RiskCategory(StrEnum):
    """What blocks an account from succeeding (the same causes customers leave for)."""

    ADOPTION = "adoption"
    SPONSOR_CHANGE = "sponsor_change"
    PRODUCT_GAP = "product_gap"
    BUDGET = "budget"
    SERVICE_QUALITY = "service_quality"
    COMPETITOR = "competitor"
    OTHER = "other"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    RESOLVED = "resolved"


OBJECTIVE_HORIZONS_MONTHS = (3, 6, 12, 24)
