"""``cs-desktop today [--json]``: My day on the command line.

Registered by :mod:`cs_desktop.cli` (:func:`add_commands`, :data:`HANDLERS`). Text output is for
people, one section per group; ``--json`` for scripts, in the shape of :data:`TODAY_SCHEMA`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from cs_desktop.cli_base import EXIT_OK, CommandGroup, UserError, column, existing_store
from cs_desktop.control_chars import printable
from cs_desktop.formats import format_date, format_datetime
from cs_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from cs_desktop.my_day import Item, MyDay

_ACCOUNT = {
    "type": "object",
    "required": ["id", "name", "tier"],
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "tier": {"type": "string"},
    },
}
_ITEM = {
    "type": "object",
    "required": ["account", "title", "when", "detail", "place"],
    "properties": {
        "account": _ACCOUNT,
        "title": {"type": "string"},
        "when": {"type": ["string", "null"]},
        "detail": {"type": "string"},
        "place": {"enum": ["tasks", "health", "renewals", "touchpoint", "log"]},
        "record_id": {"type": ["integer", "null"]},
    },
}
TODAY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["today", "reporting_currency", "groups"],
    "properties": {
        "today": {"type": "string", "format": "date"},
        "reporting_currency": {"type": "string"},
        "groups": {
            "type": "object",
            "required": ["tasks", "warnings", "renewals", "satisfaction", "quiet", "meetings"],
            "additionalProperties": {"type": "array", "items": _ITEM},
        },
    },
}


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``today`` to the ``cs-desktop`` parser."""
    today = commands.add_parser(
        "today",
        help=_("My day: tasks due, new early warnings, renewals, quiet accounts, meetings"),
        description=_(
            "What needs you today across the whole book: overdue and due tasks, new early "
            "warnings, renewals in the next 120 days with their forecast, accounts whose last "
            "satisfaction answer was negative, accounts without a touchpoint for longer than "
            "their tier's cadence, and today's and tomorrow's meetings."
        ),
    )
    today.add_argument("--json", action="store_true", help=_("print JSON for scripts"))


def _today(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.my_day import CadenceError, load_my_day

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            day = load_my_day(connection)
    except CadenceError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    if args.json:
        print(json.dumps(day_record(day), indent=2, ensure_ascii=False), file=out)
    else:
        _print_day(day, out)
    return EXIT_OK


def _when_text(value: date | datetime | None) -> str:
    if value is None:
        return _("never")
    if isinstance(value, datetime):
        return format_datetime(value.astimezone(), "medium", time_length="short")
    return format_date(value, "medium")


def _print_day(day: MyDay, out: TextIO) -> None:
    from cs_desktop.my_day import Group, describe, group_title, title_of, when_of

    print(
        _("My day, {date} (money in {currency})").format(
            date=format_date(day.today, "full"), currency=day.reporting_currency
        ),
        file=out,
    )
    for group in Group:
        items = day.group(group)
        print("", file=out)
        print(
            ngettext("{title}: {count} item", "{title}: {count} items", len(items)).format(
                title=group_title(group), count=len(items)
            ),
            file=out,
        )
        for item in items:
            cells = [
                column(printable(item.account.name), 28),
                column(_when_text(when_of(item)), 22),
            ]
            title = title_of(item)
            what = describe(item, day.today)
            if title != item.account.name:
                what = f"{printable(title)} — {what}"
            print(("  " + "  ".join([*cells, what])).rstrip(), file=out)


def _json_value(value: date | datetime | Decimal | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value:f}"
    return value.isoformat()


def item_record(item: Item, day: MyDay) -> dict[str, Any]:
    """One row of My day for scripts."""
    from cs_desktop.my_day import (
        RenewalItem,
        SatisfactionItem,
        WarningItem,
        describe,
        place_of,
        title_of,
        when_of,
    )

    place, record_id = place_of(item)
    record: dict[str, Any] = {
        "account": {
            "id": int(item.account.id),
            "name": item.account.name,
            "tier": item.account.tier.value,
        },
        "title": title_of(item),
        "when": _json_value(when_of(item)),
        "detail": describe(item, day.today),
        "place": place.value,
        "record_id": record_id,
    }
    if isinstance(item, WarningItem):
        record["warning_id"] = int(item.warning_id)
        record["rule"] = item.rule_key
        record["episode_start"] = item.episode_start.isoformat()
    if isinstance(item, RenewalItem):
        record["arr"] = _json_value(item.arr)
        record["currency"] = item.currency
        reported = day.converted(item.arr, item.currency)
        record["arr_reporting"] = _json_value(reported) if isinstance(reported, Decimal) else None
        forecast = item.forecast
        record["forecast"] = (
            None
            if forecast is None
            else {
                "expected_outcome": forecast.expected_outcome.value,
                "probability": forecast.probability,
                "expected_arr": _json_value(forecast.expected_arr),
            }
        )
    if isinstance(item, SatisfactionItem):
        record["product"] = item.product.value
        record["service"] = item.service.value
    return record


def day_record(day: MyDay) -> dict[str, Any]:
    """My day for scripts: every group's rows (see :data:`TODAY_SCHEMA`)."""
    from cs_desktop.my_day import Group

    return {
        "today": day.today.isoformat(),
        "reporting_currency": day.reporting_currency,
        "groups": {
            group.value: [item_record(item, day) for item in day.group(group)] for group in Group
        },
    }


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {"today": _today}
