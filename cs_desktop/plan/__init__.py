"""The account plan: a document model built from the store, for renderers (PDF) to lay out.

``build_plan(connection, account_id, lang=..., today=...)`` returns a :class:`PlanDocument`
whose fixed words are translated (``en``, ``ja``, ``zh-Hant``, ``zh-Hans``) and whose user text
is kept as typed. No Qt here: the PDF renderer lives in ``ui.plan``.

The builder (SQLAlchemy, the health core, numpy) loads on first use, so the command line can
name the languages without paying for it at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from cs_desktop.i18n import LANGUAGES, Lang, check_lang

if TYPE_CHECKING:
    from cs_desktop.plan.builder import (
        AccountLookupError,
        AmbiguousAccountError,
        UnknownAccountError,
        build_plan,
        document_from,
        plan_file_name,
        resolve_account,
    )
    from cs_desktop.plan.document import PlanDocument

_LAZY = {
    "AccountLookupError": "cs_desktop.plan.builder",
    "AmbiguousAccountError": "cs_desktop.plan.builder",
    "UnknownAccountError": "cs_desktop.plan.builder",
    "build_plan": "cs_desktop.plan.builder",
    "document_from": "cs_desktop.plan.builder",
    "plan_file_name": "cs_desktop.plan.builder",
    "resolve_account": "cs_desktop.plan.builder",
    "PlanDocument": "cs_desktop.plan.document",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "AccountLookupError",
    "AmbiguousAccountError",
    "Lang",
    "PlanDocument",
    "UnknownAccountError",
    "build_plan",
    "check_lang",
    "document_from",
    "plan_file_name",
    "resolve_account",
]
