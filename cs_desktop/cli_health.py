"""The health commands for scripts: ``health [ACCOUNT]``, ``health validate``, ``export portfolio``.

Registered by :mod:`cs_desktop.cli` (:func:`add_commands`, :data:`HANDLERS`). Text output is
for people, ``--json`` for scripts: its shape is the ``*_SCHEMA`` below, checked by the tests.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cs_desktop.cli_base import EXIT_OK, CommandGroup, UserError, column, existing_store
from cs_desktop.formats import format_date, format_number, format_percent
from cs_desktop.i18n import N_, _, ngettext, pgettext
from cs_desktop.ids import AccountId
from cs_desktop.labels import band_label, stage_label
from cs_desktop.vocabulary import Stage

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from cs_desktop.health.dto import AccountHealth, IndicatorReading
    from cs_desktop.health.validation import Separation, ValidationReport

VALIDATE = "validate"
EXPORT_FORMATS = (".xlsx", ".csv")

_NUMBER_OR_NULL = {"type": ["number", "null"]}
ACCOUNT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["account_id", "name", "stage", "as_of", "score", "band", "confidence"],
    "properties": {
        "account_id": {"type": "integer"},
        "name": {"type": "string"},
        "stage": {"type": "string"},
        "as_of": {"type": "string", "format": "date"},
        "score": _NUMBER_OR_NULL,
        "band": {"enum": ["red", "yellow", "green", None]},
        "confidence": {
            "type": "object",
            "required": ["indicators_present", "indicators_scored", "weight_share", "low"],
            "properties": {
                "indicators_present": {"type": "integer"},
                "indicators_scored": {"type": "integer"},
                "weight_share": {"type": "number"},
                "threshold": {"type": "number"},
                "low": {"type": "boolean"},
            },
        },
        "indicators": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "label", "value", "points", "weight", "missing"],
                "properties": {
                    "key": {"type": "string"},
                    "label": {"type": "string"},
                    "value": _NUMBER_OR_NULL,
                    "points": _NUMBER_OR_NULL,
                    "weight": {"type": "number"},
                    "missing": {"type": "boolean"},
                },
            },
        },
    },
}
_SEPARATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["retained", "churned", "auc", "ci_low", "ci_high", "enough_data"],
    "properties": {
        "retained": {"type": "integer"},
        "churned": {"type": "integer"},
        "auc": _NUMBER_OR_NULL,
        "ci_low": _NUMBER_OR_NULL,
        "ci_high": _NUMBER_OR_NULL,
        "enough_data": {"type": "boolean"},
    },
}
VALIDATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["as_of", "lead_days", "renewals", "score", "indicators"],
    "properties": {
        "as_of": {"type": "string", "format": "date"},
        "lead_days": {"type": "integer"},
        "renewals": {"type": "integer"},
        "score": _SEPARATION_SCHEMA,
        "indicators": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "label", "separation", "current_weight", "suggested_weight"],
                "properties": {
                    "key": {"type": "string"},
                    "label": {"type": "string"},
                    "separation": _SEPARATION_SCHEMA,
                    "current_weight": {"type": "number"},
                    "suggested_weight": {"type": "number"},
                },
            },
        },
    },
}


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``health`` and ``export`` to the ``cs-desktop`` parser."""
    health = commands.add_parser(
        "health",
        help=_("health scores: one account, every account, or 'validate' the indicators"),
        description=_(
            "Show an account's health score, band and confidence with each indicator's value, "
            "points and weight; with no ACCOUNT, every account on one line each. "
            "'cs-desktop health validate' checks how well each indicator predicted past renewals."
        ),
    )
    health.add_argument(
        "account",
        nargs="?",
        metavar="ACCOUNT",
        help=_("an account's name, domain or #id; or 'validate'"),
    )
    health.add_argument("--json", action="store_true", help=_("print JSON for scripts"))

    export = commands.add_parser("export", help=_("export the portfolio table with health scores"))
    export.add_argument("what", choices=["portfolio"])
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=_("a .xlsx or .csv file to write")
    )


def _health(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.account == VALIDATE:
        return _validate(args, out)
    from cs_desktop.health.service import health_today

    store = existing_store(args)
    today = date.today()
    try:
        with store.engine.connect() as connection:
            names = _account_names(connection)
            wanted = None if args.account is None else [_find_account(connection, args.account)]
            found = health_today(connection, today, account_ids=wanted)
    finally:
        store.close()
    records = [
        _account_record(health, readings, names[health.account_id], today)
        for health, readings in found
    ]
    if args.json:
        print(json.dumps(records[0] if args.account else records, indent=2), file=out)
    elif args.account:
        _print_account(records[0], out)
    else:
        for record in records:
            print(_account_line(record), file=out)
    return EXIT_OK


def _account_names(connection: Connection) -> dict[AccountId, str]:
    return {
        AccountId(account_id): name
        for account_id, name in connection.exec_driver_sql("SELECT id, name FROM account")
    }


def _find_account(connection: Connection, text: str) -> AccountId:
    """An account by ``#id``, exact name or domain (any case), or a unique part of a name."""
    wanted = text.strip()
    if wanted.startswith("#") and wanted[1:].isdigit():
        row = connection.exec_driver_sql(
            "SELECT id FROM account WHERE id = ?", (int(wanted[1:]),)
        ).first()
        if row is None:
            raise UserError(_("no account with id {id}").format(id=wanted))
        return AccountId(row[0])
    exact = connection.exec_driver_sql(
        "SELECT id, name FROM account WHERE lower(name) = lower(?) OR lower(domain) = lower(?) "
        "ORDER BY id",
        (wanted, wanted),
    ).all()
    if len(exact) == 1:
        return AccountId(exact[0][0])
    matches = (
        exact
        or connection.exec_driver_sql(
            "SELECT id, name FROM account WHERE instr(lower(name), lower(?)) > 0 ORDER BY name, id "
            "LIMIT 11",
            (wanted,),
        ).all()
    )
    if not matches:
        raise UserError(_("no account matches {text}").format(text=repr(text)))
    if len(matches) > 1:
        shown = ", ".join(f"{name} (#{account_id})" for account_id, name in matches[:10])
        if len(matches) > 10:
            shown = _("{accounts} and more").format(accounts=shown)
        raise UserError(
            _("{text} matches several accounts: {accounts}; name one by #id").format(
                text=repr(text), accounts=shown
            )
        )
    return AccountId(matches[0][0])


def _account_record(
    health: AccountHealth, readings: Sequence[IndicatorReading], name: str, today: date
) -> dict[str, Any]:
    confidence = health.confidence
    return {
        "account_id": int(health.account_id),
        "name": name,
        "stage": health.stage.value,
        "as_of": today.isoformat(),
        "score": None if health.score is None else round(health.score, 1),
        "band": None if health.band is None else health.band.value,
        "confidence": {
            "indicators_present": confidence.present,
            "indicators_scored": confidence.scored,
            "weight_share": round(confidence.weight_share, 3),
            "threshold": round(confidence.threshold, 3),
            "low": health.low_confidence,
        },
        "indicators": [
            {
                "key": reading.key,
                "label": reading.label,
                "value": None if reading.value is None else round(reading.value, 4),
                "points": None if reading.points is None else round(reading.points, 1),
                "weight": reading.weight,
                "missing": reading.missing,
            }
            for reading in readings
        ],
    }


def _confidence_text(record: dict[str, Any]) -> str:
    confidence = record["confidence"]
    values = {
        "present": confidence["indicators_present"],
        "scored": confidence["indicators_scored"],
        "share": format_percent(confidence["weight_share"]),
    }
    if confidence["low"]:
        return ngettext(
            "{present} of {scored} indicator, {share} of the weight, low confidence",
            "{present} of {scored} indicators, {share} of the weight, low confidence",
            confidence["indicators_scored"],
        ).format(**values)
    return ngettext(
        "{present} of {scored} indicator, {share} of the weight",
        "{present} of {scored} indicators, {share} of the weight",
        confidence["indicators_scored"],
    ).format(**values)


def _score_text(record: dict[str, Any]) -> str:
    if record["score"] is None:
        return _("no data")
    return f"{record['score']:.0f} {band_label(record['band'])}"


def _account_line(record: dict[str, Any]) -> str:
    name, score = column(record["name"], 40), column(_score_text(record), 10)
    return f"#{record['account_id']:<6} {name} {score} {_confidence_text(record)}"


def _print_account(record: dict[str, Any], out: TextIO) -> None:
    print(
        _("{name} (#{id}), {stage} stage").format(
            name=record["name"], id=record["account_id"], stage=stage_label(Stage(record["stage"]))
        ),
        file=out,
    )
    print(
        _("score: {score} on {date}").format(
            score=_score_text(record), date=format_date(date.fromisoformat(record["as_of"]))
        ),
        file=out,
    )
    print(_("based on: {confidence}").format(confidence=_confidence_text(record)), file=out)
    headings = (
        pgettext("column", "indicator"),
        pgettext("column", "value"),
        pgettext("column", "points"),
        pgettext("column", "weight"),
    )
    print(
        f"  {column(headings[0], 38)} {column(headings[1], 10, right=True)} "
        f"{column(headings[2], 7, right=True)} {column(headings[3], 7, right=True)}",
        file=out,
    )
    for item in record["indicators"]:
        value = _("missing") if item["value"] is None else f"{item['value']:.4g}"
        points = "" if item["points"] is None else f"{item['points']:.0f}"
        print(
            f"  {column(item['label'], 38)} {column(value, 10, right=True)} {points:>7} "
            f"{item['weight']:>7g}",
            file=out,
        )


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.health.service import compute_portfolio_health
    from cs_desktop.health.validation import validate_indicators

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            portfolio = compute_portfolio_health(connection, date.today())
            report = validate_indicators(connection, portfolio)
    finally:
        store.close()
    if args.json:
        print(json.dumps(_validation_record(report), indent=2), file=out)
        return EXIT_OK
    renewals = ngettext("{count} renewal", "{count} renewals", report.renewals).format(
        count=format_number(report.renewals)
    )
    print(
        ngettext(
            "Indicator validation on {date}: {renewals}, each read {days} day before it ended "
            "(AUC: 0.5 is chance, 1.0 separates perfectly)",
            "Indicator validation on {date}: {renewals}, each read {days} days before it ended "
            "(AUC: 0.5 is chance, 1.0 separates perfectly)",
            report.lead_days,
        ).format(date=format_date(report.today), renewals=renewals, days=report.lead_days),
        file=out,
    )
    score_heading = pgettext("column", "health score")
    print(f"  {column(score_heading, 38)} {_separation_text(report.score)}", file=out)
    for item in report.indicators:
        print(f"  {column(item.label, 38)} {_separation_text(item.separation)}", file=out)
    return EXIT_OK


def _separation_text(separation: Separation) -> str:
    counts = _("({retained} retained, {churned} churned)").format(
        retained=separation.retained, churned=separation.churned
    )
    if separation.auc is None or separation.ci_low is None or separation.ci_high is None:
        return _("not enough data {counts}").format(counts=counts)
    return _("AUC {auc} (95% interval {low}-{high}) {counts}").format(
        auc=format_number(separation.auc, 2),
        low=format_number(separation.ci_low, 2),
        high=format_number(separation.ci_high, 2),
        counts=counts,
    )


def _separation_record(separation: Separation) -> dict[str, Any]:
    return {
        "retained": separation.retained,
        "churned": separation.churned,
        "auc": separation.auc,
        "ci_low": separation.ci_low,
        "ci_high": separation.ci_high,
        "enough_data": separation.enough_data,
    }


def _validation_record(report: ValidationReport) -> dict[str, Any]:
    return {
        "as_of": report.today.isoformat(),
        "lead_days": report.lead_days,
        "renewals": report.renewals,
        "score": _separation_record(report.score),
        "indicators": [
            {
                "key": item.key,
                "label": item.label,
                "separation": _separation_record(item.separation),
                "current_weight": item.current_weight,
                "suggested_weight": item.suggested_weight,
            }
            for item in report.indicators
        ],
    }


# The export's headers, translated when written.
EXPORT_COLUMNS = (
    N_("Account"),
    N_("Tier"),
    N_("Stage"),
    N_("Owner"),
    N_("Health score"),
    N_("Band"),
    N_("Low confidence"),
    N_("Indicators present"),
    N_("Indicators scored"),
    N_("Weight present"),
    N_("ARR"),
    N_("Currency"),
    N_("Renewal date"),
)


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target: Path = args.out
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise UserError(
            _("cannot write {name}: --out must end in .xlsx or .csv (not {suffix})").format(
                name=repr(target.name), suffix=suffix or _("no extension")
            )
        )
    if not target.parent.exists():
        raise UserError(
            _("no folder {folder} to write {name} in").format(
                folder=target.parent, name=target.name
            )
        )
    from cs_desktop.health.service import health_today
    from cs_desktop.portfolio import load_portfolio

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            rows = load_portfolio(connection)
            found = {
                health.account_id: health for health, _ in health_today(connection, date.today())
            }
    finally:
        store.close()
    import pandas as pd  # imported here: pandas costs half a second of start-up

    records = []
    for row in rows:
        health = found.get(row.id)
        score = None if health is None else health.score
        confidence = None if health is None else health.confidence
        records.append(
            (
                row.name,
                row.tier,
                row.stage,
                row.owner,
                None if score is None else round(score, 1),
                None if health is None or health.band is None else health.band.value,
                bool(health is not None and health.low_confidence),
                None if confidence is None else confidence.present,
                None if confidence is None else confidence.scored,
                None if confidence is None else round(confidence.weight_share, 3),
                float(row.arr),
                row.currency,
                row.renewal_date,
            )
        )
    frame = pd.DataFrame.from_records(records, columns=[_(column) for column in EXPORT_COLUMNS])
    try:
        if suffix == ".csv":
            frame.to_csv(target, index=False)
        else:
            frame.to_excel(target, index=False, sheet_name=pgettext("sheet", "Portfolio"))
    except OSError as error:
        raise UserError(
            _("cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
        ) from None
    print(
        ngettext(
            "Portfolio written to {path}: {count} account.",
            "Portfolio written to {path}: {count} accounts.",
            len(frame),
        ).format(path=target, count=format_number(len(frame))),
        file=out,
    )
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "health": _health,
    "export": _export,
}
