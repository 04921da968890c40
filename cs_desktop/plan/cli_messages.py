"""What ``export-plan`` and ``brief`` print. The commands live in the Qt layer (they render with
Qt), but their words are the core catalog's, so they answer in the user's language like every
other command."""

from __future__ import annotations

from cs_desktop.i18n import N_

PLAN_FOR_CUSTOMER_WRITTEN = N_("Plan of {account} for the customer written to {path}")
INTERNAL_PLAN_WRITTEN = N_("Internal plan of {account} written to {path}")
BRIEF_WRITTEN = N_("Brief for {account} written to {path}")
NO_CJK_FONT = N_(
    "cs-desktop: warning: no font for {lang} is installed; Japanese and Chinese text may "
    "print as boxes (install fonts-noto-cjk)"
)
