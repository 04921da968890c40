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
NOT_A_MEETING = N_("'{text}' is neither a day (YYYY-MM-DD) nor a touchpoint id")

# The commands' help.
ACCOUNT_HELP = N_("the account's name (or part) or id")
PAGE_SIZE_HELP = N_("paper (A4)")
EXPORT_PLAN_HELP = N_("write an account plan PDF to share with the customer (or the team)")
EXPORT_PLAN_DESCRIPTION = N_(
    "Write the account plan of ACCOUNT as a PDF. For the customer (the default): goals, "
    "milestones, stage, agreed next steps, renewals and stakeholders, never internal notes, "
    "health, risks, inferred needs, satisfaction answers or tasks. For the team (--audience "
    "internal): everything, with health, risks, touchpoint notes and open tasks."
)
PLAN_OUT_HELP = N_("the PDF file, or a folder (default: '<account>-plan-<date>.pdf' here)")
PLAN_LANG_HELP = N_("the plan's language (en)")
AUDIENCE_HELP = N_("whom the plan is for: customer (default, nothing internal) or internal")
WITHOUT_HELP = N_("leave a section out (repeat for more): {sections}")
BRIEF_HELP = N_("write the one-page brief to read before meeting an account")
BRIEF_DESCRIPTION = N_(
    "Write a one-page PDF for the team before a meeting with ACCOUNT: last touchpoints, open "
    "tasks and risks, goals and milestones, the satisfaction trend, health and why it moved, "
    "and who attends (or the stakeholders) with when each was last met. The meeting is the "
    "account's next touchpoint unless --meeting names one."
)
BRIEF_OUT_HELP = N_("the PDF file, or a folder (default: '<account>-brief-<date>.pdf')")
MEETING_HELP = N_("the meeting to prepare: its day (YYYY-MM-DD) or its touchpoint id")
BRIEF_LANG_HELP = N_("the brief's language (en)")
