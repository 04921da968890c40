"""Reading one cell as a typed value, with a reason the user can act on when it fails.

Cells come as text from CSV files and as typed values (numbers, datetimes, booleans) from
workbooks; every parser accepts both.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from cs_desktop.formats import format_number
from cs_desktop.i18n import N_, _
from cs_desktop.models import Satisfaction, Stage, Tier, TouchpointKind
from cs_desktop.money import currency_code

Cell = str | int | float | bool | datetime | date | time | None

DATE_FORMATS = N_("expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD.MM.YYYY or YYYY年M月D日")
_MAX_AMOUNT = Decimal(10) ** 15  # far above any real ARR, far below the int64 hundredths limit
_CENT = Decimal("0.01")
E = TypeVar("E", bound=StrEnum)


class BadValue(ValueError):
    """A cell that cannot be read as its field's type; the message follows the quoted value.

    Messages are phrases that follow the quoted value ("is not an amount"), and translations
    of them do too.
    """


def cell_text(cell: Cell) -> str:
    """The cell as the user would read it, without surrounding whitespace."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        # Workbooks store ids and amounts typed as numbers as floats: 123.0 is "123".
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    return str(cell).strip()


def symbol_key(text: str) -> str:
    """Case, space and punctuation folded away: 'Mid-Market', 'mid_market', 'MID MARKET' agree."""
    return re.sub(r"[\W_]+", "", text.casefold())


def text_value(cell: Cell, *, max_length: int | None = None) -> str:
    """Free text; only the column's limit (if any) is checked."""
    value = cell_text(cell)
    if max_length is not None and len(value) > max_length:
        raise BadValue(
            _("is {length} characters long (at most {limit})").format(
                length=format_number(len(value)), limit=format_number(max_length)
            )
        )
    return value


# ---- amounts -----------------------------------------------------------------------------

_CURRENCY_MARKS = re.compile(
    r"^(?:[A-Z]{3}\s+|(?:US|NT|HK|A|C|S)?[$¥￥€£₩₹])|(?:[$¥￥€£₩₹円元]|\s+[A-Z]{3})$"
)
_GROUPING = re.compile(r"[\s\u00a0\u202f'\u2019]")  # spaces and apostrophes group digits
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")


def amount_value(cell: Cell) -> Decimal:
    """A non-negative amount in two decimals: '$1,200,000.50', '¥12,000,000', '1.200,50 €'."""
    if isinstance(cell, bool | datetime | date | time):
        raise BadValue(_("is not an amount"))
    if isinstance(cell, int | float):
        number = Decimal(str(cell))
    else:
        number = _parse_amount_text(cell_text(cell))
    if number < 0:
        raise BadValue(_("is negative (an amount must be 0 or more)"))
    if number >= _MAX_AMOUNT:
        raise BadValue(_("is too large for an amount"))
    return number.quantize(_CENT, rounding=ROUND_HALF_UP)


def _parse_amount_text(text: str) -> Decimal:
    reason = _(
        "is not an amount (expected a number such as 1200000.50, $1,200,000.50 or ¥12,000,000)"
    )
    stripped = _CURRENCY_MARKS.sub("", text.strip()).strip()
    negative = stripped.startswith("-")
    digits = _GROUPING.sub("", stripped.removeprefix("-"))
    if _COMMA_THOUSANDS.match(digits):
        digits = digits.replace(",", "")
    elif _DOT_THOUSANDS.match(digits) and (digits.count(".") > 1 or "," in digits):
        # European grouping: 1.200.000 or 1.200,50. A single dot ("1.200") stays a decimal.
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", digits):
        digits = digits.replace(",", ".")  # a decimal comma: 1200,50
    if not _PLAIN.match(digits):
        raise BadValue(reason)
    try:
        number = Decimal(digits)
    except InvalidOperation:
        raise BadValue(reason) from None
    return -number if negative else number


# ---- dates and times ---------------------------------------------------------------------

_TIME = (
    r"(?:(?:T|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<F>\d{1,6}))?)?"
    r"\s*(?P<ampm>[AaPp][Mm])?)?\s*(?P<tz>Z|UTC|[+-]\d{2}:?\d{2})?"
)
_DATE_PATTERNS = [
    (re.compile(rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}"), "ymd"),
    (re.compile(rf"(?P<y>\d{{4}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}}){_TIME}"), "ymd"),
    (re.compile(rf"(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日{_TIME}"), "ymd"),
    # Slash dates with the year last are read the US way, as CRM exports from the US write them.
    (re.compile(rf"(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}"), "mdy"),
    (re.compile(rf"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_TIME}"), "dmy"),
]


def date_value(cell: Cell) -> date:
    """A calendar date; a time of day, if any, is dropped."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    day, _clock = _parse_date_time(cell)
    return day


def datetime_value(cell: Cell, zone: tzinfo | None) -> datetime:
    """An aware UTC datetime, to the millisecond the store keeps.

    Args:
        cell: the cell.
        zone: the time zone of times written without one; None for this computer's zone.
    """
    if isinstance(cell, datetime):
        moment = cell
    elif isinstance(cell, date):
        moment = datetime.combine(cell, time())
    else:
        day, clock = _parse_date_time(cell)
        moment = datetime.combine(day, clock[0]) if clock else datetime.combine(day, time())
        if clock and clock[1] is not None:
            moment = moment.replace(tzinfo=clock[1])
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    moment = moment.astimezone(UTC)
    # Workbook times are floats: 10:00 may arrive as 09:59:59.999999.
    millis = round(moment.microsecond / 1000)
    return moment.replace(microsecond=0) + timedelta(milliseconds=millis)


def _parse_date_time(cell: Cell) -> tuple[date, tuple[time, tzinfo | None] | None]:
    text = cell_text(cell)
    for pattern, _order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if not 1900 <= year <= 2200:
            raise BadValue(
                _("is not a valid date (year {year} is out of range; {formats})").format(
                    year=year, formats=_(DATE_FORMATS)
                )
            )
        try:
            parsed = date(year, month, day)
        except ValueError as error:
            raise BadValue(
                _("is not a valid date ({reason}; {formats})").format(
                    reason=error, formats=_(DATE_FORMATS)
                )
            ) from None
        return parsed, _parse_clock(match)
    raise BadValue(_("is not a valid date ({formats})").format(formats=_(DATE_FORMATS)))


def _parse_clock(match: re.Match[str]) -> tuple[time, tzinfo | None] | None:
    zone = _parse_zone(match["tz"])
    if match["H"] is None:
        return (time(), zone) if zone is not None else None
    hour, minute = int(match["H"]), int(match["M"])
    second = int(match["S"] or 0)
    micro = int((match["F"] or "0").ljust(6, "0"))
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise BadValue(_("is not a valid time (hour must be 1-12 with AM/PM)"))
        hour = hour % 12 + (12 if match["ampm"].lower() == "pm" else 0)
    try:
        return time(hour, minute, second, micro), zone
    except ValueError as error:
        raise BadValue(_("is not a valid time ({reason})").format(reason=error)) from None


def _parse_zone(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text in ("Z", "UTC"):
        return UTC
    from datetime import timezone

    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


# ---- named values --------------------------------------------------------------------------


def _synonyms(members: Mapping[str, E]) -> dict[str, E]:
    return {symbol_key(word): member for word, member in members.items()}


TIER_WORDS = _synonyms(
    {
        **{member.value: member for member in Tier},
        "Mid-Market": Tier.MID_MARKET,
        "midmarket": Tier.MID_MARKET,
        "mid": Tier.MID_MARKET,
        "MM": Tier.MID_MARKET,
        "Ent": Tier.ENTERPRISE,
        "Small business": Tier.SMB,
        "Small": Tier.SMB,
        "key account": Tier.STRATEGIC,
        "戦略": Tier.STRATEGIC,
        "エンタープライズ": Tier.ENTERPRISE,
        "大手": Tier.ENTERPRISE,
        "中堅": Tier.MID_MARKET,
        "中小": Tier.SMB,
        "战略": Tier.STRATEGIC,
        "大客户": Tier.ENTERPRISE,
        "中型": Tier.MID_MARKET,
        "中小企业": Tier.SMB,
    }
)
STAGE_WORDS = _synonyms(
    {
        **{member.value: member for member in Stage},
        "onboarding": Stage.DELIVERY,
        "implementation": Stage.DELIVERY,
        "deployment": Stage.DELIVERY,
        "adoption": Stage.SERVICE,
        "live": Stage.SERVICE,
        "expansion": Stage.VALUE,
        "営業": Stage.SALES,
        "導入": Stage.DELIVERY,
        "運用": Stage.SERVICE,
        "価値": Stage.VALUE,
        "销售": Stage.SALES,
        "交付": Stage.DELIVERY,
        "服务": Stage.SERVICE,
        "价值": Stage.VALUE,
    }
)
KIND_WORDS = _synonyms(
    {
        **{member.value: member for member in TouchpointKind},
        "mtg": TouchpointKind.MEETING,
        "phone": TouchpointKind.CALL,
        "phone call": TouchpointKind.CALL,
        "video call": TouchpointKind.CALL,
        "e-mail": TouchpointKind.EMAIL,
        "mail": TouchpointKind.EMAIL,
        "quarterly business review": TouchpointKind.QBR,
        "business review": TouchpointKind.QBR,
        "onsite visit": TouchpointKind.ONSITE_VISIT,
        "on-site visit": TouchpointKind.ONSITE_VISIT,
        "onsite": TouchpointKind.ONSITE_VISIT,
        "site visit": TouchpointKind.ONSITE_VISIT,
        "visit": TouchpointKind.ONSITE_VISIT,
        "webinar": TouchpointKind.EVENT,
        "support case": TouchpointKind.SUPPORT_CASE,
        "support ticket": TouchpointKind.SUPPORT_CASE,
        "ticket": TouchpointKind.SUPPORT_CASE,
        "case": TouchpointKind.SUPPORT_CASE,
        "会議": TouchpointKind.MEETING,
        "打ち合わせ": TouchpointKind.MEETING,
        "電話": TouchpointKind.CALL,
        "メール": TouchpointKind.EMAIL,
        "訪問": TouchpointKind.ONSITE_VISIT,
        "イベント": TouchpointKind.EVENT,
        "問い合わせ": TouchpointKind.SUPPORT_CASE,
        "メモ": TouchpointKind.NOTE,
        "会议": TouchpointKind.MEETING,
        "电话": TouchpointKind.CALL,
        "邮件": TouchpointKind.EMAIL,
        "拜访": TouchpointKind.ONSITE_VISIT,
        "活动": TouchpointKind.EVENT,
        "工单": TouchpointKind.SUPPORT_CASE,
        "备注": TouchpointKind.NOTE,
    }
)
SATISFACTION_WORDS = _synonyms(
    {
        **{member.value: member for member in Satisfaction},
        "y": Satisfaction.YES,
        "true": Satisfaction.YES,
        "1": Satisfaction.YES,
        "satisfied": Satisfaction.YES,
        "はい": Satisfaction.YES,
        "是": Satisfaction.YES,
        "満足": Satisfaction.YES,
        "满意": Satisfaction.YES,
        "n": Satisfaction.NO,
        "false": Satisfaction.NO,
        "0": Satisfaction.NO,
        "unsatisfied": Satisfaction.NO,
        "いいえ": Satisfaction.NO,
        "否": Satisfaction.NO,
        "不満": Satisfaction.NO,
        "不满意": Satisfaction.NO,
        "?": Satisfaction.UNKNOWN,
        "n/a": Satisfaction.UNKNOWN,
        "不明": Satisfaction.UNKNOWN,
        "未知": Satisfaction.UNKNOWN,
    }
)
# symbol_key folds "?" and "n/a" to "" and "na": blank already means unknown.
SATISFACTION_WORDS.pop("", None)


def named_value(cell: Cell, words: Mapping[str, E], what: str) -> E:
    """One of an enum's members, by value or a friendly synonym ('Mid-Market', 'QBR').

    Args:
        what: the refusal, a phrase with an ``{accepted}`` field (``_(NOT_A_TIER)``).
    """
    text = cell_text(cell)
    member = words.get(symbol_key(text))
    if member is None:
        accepted = ", ".join(dict.fromkeys(m.value for m in words.values()))
        raise BadValue(what.format(accepted=accepted))
    return member


NOT_A_TIER = N_("is not a known tier (accepted: {accepted})")
NOT_A_STAGE = N_("is not a known stage (accepted: {accepted})")
NOT_A_KIND = N_("is not a known touchpoint kind (accepted: {accepted})")
NOT_AN_ANSWER = N_("is not a known answer (accepted: {accepted})")


def satisfaction_value(cell: Cell) -> Satisfaction:
    """yes/no/unknown, also y/n, true/false, 1/0, はい/いいえ, 是/否; blank is unknown."""
    if isinstance(cell, bool):
        return Satisfaction.YES if cell else Satisfaction.NO
    if cell_text(cell) == "":
        return Satisfaction.UNKNOWN
    return named_value(cell, SATISFACTION_WORDS, _(NOT_AN_ANSWER))


# ---- identifiers ---------------------------------------------------------------------------

_DOMAIN = re.compile(r"^(?=.{1,253}$)([\w-]{1,63}\.)+[\w-]{2,63}$")


def domain_value(cell: Cell) -> str:
    """A bare lower-case domain; a website URL is reduced to its host without 'www.'."""
    text = cell_text(cell).casefold()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text).split("/", 1)[0].split("?", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.").rstrip(".")
    if not _DOMAIN.match(host):
        raise BadValue(_("is not a domain or website address (expected e.g. example.com)"))
    return host


def currency_value(cell: Cell) -> str:
    """An ISO 4217 code such as USD, JPY or CNY."""
    code = currency_code(cell_text(cell))
    if code is None:
        raise BadValue(_("is not a currency code (expected three letters such as USD, JPY, EUR)"))
    return code


def uid_value(cell: Cell) -> uuid.UUID:
    """A row's stable id, as CS Desktop exports write it."""
    try:
        return uuid.UUID(cell_text(cell))
    except ValueError:
        raise BadValue(_("is not a uid (expected a UUID such as 0f8fad5b-d9cb-469f-...)")) from None
