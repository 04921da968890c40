"""Accounts a CSM creates and keeps by hand: validation, likely duplicates, archive and restore.

The window's account form saves through :func:`create_account` and :func:`update_account`;
both refuse invalid values with :class:`~cs_desktop.record_edits.RecordRejected`, whose
``errors`` name each field and what is wrong with it. An archived account leaves the
portfolio (as a churned customer does) and gets no early warnings; restoring brings it back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from cs_desktop.coltypes import utc_now
from cs_desktop.formats import format_number
from cs_desktop.i18n import N_, _
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, StageChange
from cs_desktop.record_edits import (
    FieldErrors,
    RecordEdit,
    RecordRejected,
    create_record,
    update_record,
)
from cs_desktop.vocabulary import Stage, Tier

# What the form says next to a field, one sentence each (kept here, to translate in one place).
NAME_MISSING = N_("Give the account a name.")
NAME_TOO_LONG = N_("A name has at most {limit} characters.")
DOMAIN_INVALID = N_("Enter a domain such as example.com, or leave it empty.")
TEXT_TOO_LONG = N_("At most {limit} characters.")
TIER_INVALID = N_("Choose a tier.")
ARR_INVALID = N_("Enter an amount such as 120000 or 120,000.50.")
ARR_NEGATIVE = N_("ARR cannot be negative.")
ARR_TOO_BIG = N_("ARR is at most {limit}.")
CURRENCY_INVALID = N_("Enter an ISO 4217 currency code such as USD, EUR or JPY.")
RENEWAL_BEFORE_START = N_("The renewal date comes after the contract start.")
CREATED_NOTE = N_("created in the app")

NAME_MAX = 200
DOMAIN_MAX = 253
SEGMENT_MAX = 100
OWNER_MAX = 200
ARR_MAX = Decimal(10) ** 13  # far above any real ARR, far below the store's integer limit

# Editable fields, in the order the form shows them.
FIELDS = (
    "name",
    "domain",
    "tier",
    "segment",
    "owner",
    "arr",
    "currency",
    "contract_start",
    "renewal_date",
)

# ISO 4217 codes of the currencies in use (2024), for the currency check.
_ISO_4217_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
    GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
    MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
    SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
    UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
"""
ISO_4217 = frozenset(_ISO_4217_CODES.split())
# The ones a CSM picks most, first in the form's list.
COMMON_CURRENCIES = ("USD", "EUR", "JPY", "CNY", "GBP", "TWD", "HKD", "SGD", "KRW", "AUD")

_DOMAIN = re.compile(r"^(?=.{1,253}$)([\w-]{1,63}\.)+[\w-]{2,63}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
# Words that say what kind of company it is, not which one: "Acme Inc." is "Acme".
_LEGAL_FORMS = (
    "株式会社",
    "有限会社",
    "合同会社",
    "股份有限公司",
    "有限公司",
    "集团",
    "公司",
    "incorporated",
    "corporation",
    "company",
    "limited",
    "gmbh",
    "corp",
    "inc",
    "llc",
    "ltd",
    "plc",
    "co",
    "kk",
    "ag",
    "sa",
    "bv",
)
_LEGAL_WORDS = re.compile(
    r"(?:(?<=\s)|^)(?:" + "|".join(f for f in _LEGAL_FORMS if f.isascii()) + r")\.?(?=\s|$)"
)


def normalise_domain(text: str) -> str:
    """A bare lower-case host: ``https://www.Example.com/about`` is ``example.com``."""
    host = _SCHEME.sub("", text.strip().casefold()).split("/", 1)[0].split("?", 1)[0]
    return host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.").rstrip(".")


def normalise_currency(text: str) -> str:
    """The code as stored: ``usd`` is ``USD``; the check itself is :func:`is_currency`."""
    return text.strip().upper()


def is_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 code of a currency in use."""
    return code in ISO_4217


def parse_amount(text: str) -> Decimal:
    """An amount as typed: ``120000``, ``120,000.50``, ``¥12,000,000`` or ``1 200 000``.

    Raises:
        ValueError: not an amount (the message is :data:`_(ARR_INVALID)`).
    """
    cleaned = re.sub(r"[\s,_'$¥€£]", "", unicodedata.normalize("NFKC", text))
    if not cleaned:
        return Decimal(0)
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?", cleaned):
        raise ValueError(_(ARR_INVALID))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(_(ARR_INVALID)) from None


def name_key(name: str) -> str:
    """What two names of the same company have in common: case, width, punctuation and legal
    forms aside (``ACME, Inc.``, ``acme`` and ``ＡＣＭＥ株式会社`` all read ``acme``)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    for form in _LEGAL_FORMS:
        if not form.isascii():
            text = text.replace(form, " ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = _LEGAL_WORDS.sub(" ", " ".join(text.split()))
    return "".join(text.split())


def validate_account(session: Session, values: Mapping[str, Any], row: Any) -> FieldErrors:
    """The problems with an account's values, field by field (empty when they can be saved)."""
    del session, row  # the rules need only the values
    errors: dict[str, str] = {}
    name = values.get("name") or ""
    if not name.strip():
        errors["name"] = _(NAME_MISSING)
    elif len(name) > NAME_MAX:
        errors["name"] = _(NAME_TOO_LONG).format(limit=NAME_MAX)
    domain = values.get("domain")
    if domain and not _DOMAIN.match(domain):
        errors["domain"] = _(DOMAIN_INVALID)
    for field, limit in (("segment", SEGMENT_MAX), ("owner", OWNER_MAX)):
        if len(values.get(field) or "") > limit:
            errors[field] = _(TEXT_TOO_LONG).format(limit=limit)
    if values.get("tier") not in set(Tier):
        errors["tier"] = _(TIER_INVALID)
    arr = values.get("arr")
    if not isinstance(arr, Decimal | int) or not Decimal(arr).is_finite():
        errors["arr"] = _(ARR_INVALID)
    elif arr < 0:
        errors["arr"] = _(ARR_NEGATIVE)
    elif arr > ARR_MAX:
        errors["arr"] = _(ARR_TOO_BIG).format(limit=format_number(ARR_MAX))
    if not is_currency(values.get("currency") or ""):
        errors["currency"] = _(CURRENCY_INVALID)
    start, renewal = values.get("contract_start"), values.get("renewal_date")
    if start is not None and renewal is not None and renewal <= start:
        errors["renewal_date"] = _(RENEWAL_BEFORE_START)
    return errors


def clean_account_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the store keeps them: trimmed text, empty optional text as None, a bare
    domain and an upper-case currency code."""
    cleaned = dict(values)
    for field in ("name", "domain", "segment", "owner", "currency"):
        if isinstance(cleaned.get(field), str):
            cleaned[field] = cleaned[field].strip()
    if "domain" in cleaned:
        cleaned["domain"] = normalise_domain(cleaned["domain"] or "") or None
    for field in ("segment", "owner"):
        if field in cleaned and not cleaned[field]:
            cleaned[field] = None
    if isinstance(cleaned.get("currency"), str):
        cleaned["currency"] = normalise_currency(cleaned["currency"])
    return cleaned


def create_account(session: Session, values: Mapping[str, Any]) -> tuple[RecordEdit, ...]:
    """Add an account (in the sales stage, with the start of its stage history).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    cleaned = clean_account_values(values)
    account = create_record(session, Account, cleaned, validate=validate_account)
    start = create_record(
        session,
        StageChange,
        {
            "account_id": account.row_id,
            "from_stage": None,
            "to_stage": cleaned.get("stage", Stage.SALES),
            "changed_at": utc_now(),
            "note": CREATED_NOTE,
        },
    )
    return account, start


def update_account(
    session: Session, account_id: AccountId, values: Mapping[str, Any]
) -> RecordEdit:
    """Change some of an account's fields (names from :data:`FIELDS`).

    Raises:
        RecordRejected: invalid values, with each field's problem.
    """
    unknown = set(values) - set(FIELDS)
    if unknown:  # a programming error: stage and archiving have edits of their own
        raise TypeError(f"not an account form field: {', '.join(sorted(unknown))}")
    return update_record(
        session, Account, account_id, clean_account_values(values), validate=validate_account
    )


def archive_account(
    session: Session, account_id: AccountId, when: datetime | None = None
) -> RecordEdit:
    """Take an account out of the book: it leaves the portfolio and its playbooks stop."""
    return update_record(session, Account, account_id, {"archived_at": when or utc_now()})


def restore_account(session: Session, account_id: AccountId) -> RecordEdit:
    """Bring an archived account back into the book."""
    return update_record(session, Account, account_id, {"archived_at": None})


@dataclass(frozen=True)
class LikelyDuplicate:
    """An account already in the store that a new one may be a second copy of."""

    id: AccountId
    name: str
    domain: str | None
    archived: bool
    same_domain: bool  # else the same name


def likely_duplicates(
    connection: Connection | Session,
    name: str,
    domain: str | None,
    *,
    exclude: AccountId | None = None,
) -> tuple[LikelyDuplicate, ...]:
    """Accounts with the same domain, or a name that differs only in case, width, punctuation
    or legal form; the same domain first. One pass over the accounts' names (10,000 in a few
    milliseconds), because a name's key is not something SQLite can index."""
    key = name_key(name)
    host = normalise_domain(domain or "")
    found = []
    rows = connection.execute(
        select(Account.id, Account.name, Account.domain, Account.archived_at)
    ).all()
    for id_, other_name, other_domain, archived_at in rows:
        if id_ == exclude:
            continue
        same_domain = bool(host) and normalise_domain(other_domain or "") == host
        if same_domain or (key and name_key(other_name) == key):
            found.append(
                LikelyDuplicate(
                    AccountId(id_), other_name, other_domain, archived_at is not None, same_domain
                )
            )
    return tuple(sorted(found, key=lambda d: (not d.same_domain, d.name.casefold(), d.id)))


__all__ = [
    "COMMON_CURRENCIES",
    "FIELDS",
    "ISO_4217",
    "LikelyDuplicate",
    "RecordRejected",
    "archive_account",
    "clean_account_values",
    "create_account",
    "is_currency",
    "likely_duplicates",
    "name_key",
    "normalise_currency",
    "normalise_domain",
    "parse_amount",
    "restore_account",
    "update_account",
    "validate_account",
]
