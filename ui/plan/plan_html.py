"""The plan document as the HTML subset QTextDocument lays out.

Every string that came from the store goes through :func:`esc` (``html.escape``): a note
containing ``<script>`` or markup prints as the characters typed. Fixed words come translated
from the core and are escaped too, so a translation with ``&`` or ``<`` cannot break the page.
"""

from __future__ import annotations

import html

from cs_desktop.plan.document import (
    Cell,
    Cover,
    Fact,
    GoalsSection,
    HealthSection,
    PlanDocument,
    Section,
    StageSection,
    Table,
    TableSection,
    Tone,
    TouchpointsSection,
)
from ui.plan.chart import CHART_IMAGE

ACCENT = "#1f4e79"
MUTED = "#6b6b6b"
RULE = "#c9d3de"
HEADER_FILL = "#eef2f6"
TONE_COLOURS = {
    Tone.PLAIN: "#222222",
    Tone.GOOD: "#2e7d32",
    Tone.WARN: "#a86400",
    Tone.BAD: "#c62828",
    Tone.MUTED: MUTED,
}


def esc(value: str) -> str:
    """``value`` as literal HTML text; line breaks kept."""
    return html.escape(value, quote=True).replace("\r\n", "\n").replace("\n", "<br/>")


def _tone(text: str, tone: Tone, *, bold: bool = False) -> str:
    weight = "font-weight:600;" if bold or tone in (Tone.GOOD, Tone.BAD, Tone.WARN) else ""
    return f'<span style="color:{TONE_COLOURS[tone]};{weight}">{esc(text)}</span>'


# Inline styles only, in px (CSS pixels, 1/96 inch): QTextDocument ignores grouped selectors
# and reads margins and paddings given in pt as zero.
H2 = f"color:{ACCENT}; font-size:13pt; font-weight:600; margin-top:18px; margin-bottom:4px;"
H3 = "color:#333333; font-size:10.5pt; font-weight:600; margin-top:10px; margin-bottom:4px;"
NOTE = f"color:{MUTED}; margin-top:0; margin-bottom:6px;"
P = "margin-top:0; margin-bottom:5px;"
HEAD_CELL = (
    f"background-color:{HEADER_FILL}; font-weight:600; padding:3px 6px;"
    f" border-bottom:1px solid {ACCENT};"
)
BODY_CELL = f"padding:3px 6px; border-bottom:1px solid {RULE};"


def _h2(text: str) -> str:
    return f'<h2 style="{H2}">{esc(text)}</h2>'


def _h3(text: str) -> str:
    return f'<h3 style="{H3}">{esc(text)}</h3>'


def _note(text: str) -> str:
    return f'<p style="{NOTE}">{esc(text)}</p>'


def plan_html(document: PlanDocument) -> str:
    """The whole document; the chart is an ``<img src="plan-chart">`` painted by a handler."""
    parts = [_cover(document.cover)]
    parts += [_section(section) for section in document.sections]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _cover(cover: Cover) -> str:
    facts = _facts_grid(cover.facts, columns=3)
    plan = ""
    if cover.plan_title:
        plan += f'<h3 style="{H3} margin-top:14px;">{esc(cover.plan_title)}</h3>'
    if cover.plan_summary:
        plan += f'<p style="{P}">{esc(cover.plan_summary)}</p>'
    return (
        f'<p style="color:{ACCENT}; font-size:10pt; font-weight:600; margin-bottom:2px;">'
        f"{esc(cover.title.upper())}</p>"
        f'<h1 style="font-size:22pt; font-weight:600; margin-top:0; margin-bottom:12px;">'
        f"{esc(cover.account_name)}</h1>"
        f"{facts}{plan}"
    )


def _facts_grid(facts: tuple[Fact, ...], columns: int) -> str:
    if not facts:
        return ""
    cells = [
        f'<td width="{100 // columns}%" style="padding:5px 8px 6px 0;">'
        f'<span style="color:{MUTED}; font-size:8pt;">{esc(fact.label)}</span><br/>'
        f"{_tone(fact.value, fact.tone, bold=True)}</td>"
        for fact in facts
    ]
    rows = [
        "<tr>" + "".join(cells[start : start + columns]) + "</tr>"
        for start in range(0, len(cells), columns)
    ]
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:4px;">'
        + "".join(rows)
        + "</table>"
    )


def _table(table: Table, widths: tuple[int, ...] | None = None) -> str:
    def width(index: int) -> str:
        return f' width="{widths[index]}%"' if widths else ""

    head = "".join(
        f'<th{width(index)} align="left" style="{HEAD_CELL}">{esc(column)}</th>'
        for index, column in enumerate(table.columns)
    )
    body = "".join(
        "<tr>" + "".join(f'<td style="{BODY_CELL}">{_cell(cell)}</td>' for cell in row) + "</tr>"
        for row in table.rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _cell(cell: Cell) -> str:
    if cell.tone is Tone.PLAIN:
        return esc(cell.text)
    return _tone(cell.text, cell.tone)


def _empty(text: str) -> str:
    return f'<p style="{NOTE}"><i>{esc(text)}</i></p>'


def _section(section: Section) -> str:
    if isinstance(section, GoalsSection):
        return _goals(section)
    if isinstance(section, TableSection):
        return _table_section(section)
    if isinstance(section, StageSection):
        return _stage(section)
    if isinstance(section, HealthSection):
        return _health(section)
    return _touchpoints(section)


WIDTHS = {
    "milestones": (64, 18, 18),
    "renewals": (34, 22, 22, 22),
    "stakeholders": (22, 24, 18, 36),
    "tasks": (72, 28),
    "next-steps": (18, 32, 50),
    "people": (28, 20, 34, 18),
    "brief-touchpoints": (14, 12, 36, 38),
    "satisfaction": (34, 33, 33),
    "plan-status": (62, 18, 20),
    "risks": (20, 14, 16, 50),
    "movers": (50, 25, 25),
}


def _table_section(section: TableSection, level: int = 2) -> str:
    parts = [_h2(section.heading) if level == 2 else _h3(section.heading)]
    if section.note:
        parts.append(_note(section.note))
    if section.facts:
        parts.append(_facts_grid(section.facts, columns=len(section.facts)))
    if section.table.rows:
        parts.append(_table(section.table, WIDTHS.get(section.key)))
    else:
        parts.append(_empty(section.empty_text))
    return "".join(parts)


def _goals(section: GoalsSection) -> str:
    parts = [_h2(section.heading), _note(section.note)]
    if not section.horizons:
        parts.append(_empty(section.empty_text))
    for horizon in section.horizons:
        parts.append(_h3(horizon.heading))
        parts.append(_table(horizon.goals, (78, 22)))
    return "".join(parts)


def _stage(section: StageSection) -> str:
    since = (
        f' <span style="color:{MUTED};">· {esc(section.since_text)}</span>'
        if section.since_text
        else ""
    )
    return (
        _h2(section.heading) + f'<p style="{P}"><span style="font-size:11pt; font-weight:600;">'
        f"{esc(section.stage_text)}</span>{since}</p>"
        f'<p style="{P}">{esc(section.summary)}</p>'
        + _h3(section.criteria_heading)
        + _list(section.criteria)
        + (_h3(section.risks_heading) + _list(section.risks) if section.risks else "")
    )


def _list(items: tuple[str, ...]) -> str:
    rows = "".join(f'<li style="margin-bottom:2px;">{esc(item)}</li>' for item in items)
    return f'<ul style="margin-top:0; margin-bottom:4px; margin-left:14px;">{rows}</ul>'


def _health(section: HealthSection) -> str:
    parts = [_h2(section.heading), _facts_grid(section.facts, columns=3)]
    if section.score is None:
        parts.append(_note(section.no_score_text))
    parts.append(_h3(section.chart_heading))
    parts.append(f'<p style="{P}"><img src="{CHART_IMAGE}"/></p>')
    parts.append(_table_section(section.movers, level=3))
    return "".join(parts)


def _touchpoints(section: TouchpointsSection) -> str:
    parts = [_h2(section.heading)]
    if not section.entries:
        parts.append(_empty(section.empty_text))
    for entry in section.entries:
        parts.append(
            f'<h4 style="font-size:{10}pt; font-weight:600; margin-top:10px; margin-bottom:1px;">'
            f"{esc(entry.title)}</h4>"
            f'<p style="{NOTE} margin-bottom:3px;">{esc(entry.when_text)}'
            f" · {esc(entry.kind_text)} · {esc(entry.satisfaction_text)}</p>"
        )
        if entry.notes:
            parts.append(f'<p style="{P}">{esc(entry.notes)}</p>')
        for label, value in entry.details:
            parts.append(
                f'<p style="{P} margin-left:12px;"><span style="color:{ACCENT};'
                f' font-weight:600;">{esc(label + section.label_suffix)}</span>{esc(value)}</p>'
            )
    return "".join(parts)
