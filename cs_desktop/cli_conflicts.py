"""The conflict queue for scripts and terminals: ``conflicts list``, ``show ID``, ``resolve ID``.

Registered by :mod:`cs_desktop.cli` (:func:`add_commands`, :data:`HANDLERS`). It reads what
the window's queue reads (:func:`cs_desktop.sync.status.open_conflicts`) and resolves through
the same :func:`cs_desktop.sync.resolve.resolve_conflict`: one transaction writes the chosen
value, the base and the change for the next sync. ``--json`` prints the ``*_SCHEMA`` shapes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from cs_desktop.cli_base import EXIT_OK, CommandGroup, UserError, existing_store
from cs_desktop.control_chars import printable
from cs_desktop.i18n import N_, _, ngettext
from cs_desktop.vocabulary import Stage

if TYPE_CHECKING:
    from cs_desktop.sync.resolve import Choice
    from cs_desktop.sync.status import ConflictItem

LIST, SHOW, RESOLVE = "list", "show", "resolve"
SHORT = 60  # characters of a value a list line shows

_TEXT_OR_NULL = {"type": ["string", "null"]}
CONFLICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": [
        "id",
        "record_type",
        "record",
        "account",
        "field",
        "deletion",
        "base",
        "mine",
        "theirs",
        "detected_at",
    ],
    "properties": {
        "id": {"type": "integer"},
        "record_type": {
            "enum": [
                *("account", "stakeholder", "touchpoint", "task", "renewal", "forecast"),
                *("plan", "goal", "milestone", "link"),
            ]
        },
        "record": {"type": "string"},
        "account": {"type": "string"},
        "field": {"type": "string"},
        # A deletion against an edit: "here" (deleted on this computer) or "crm"; else null.
        "deletion": {"enum": ["here", "crm", None]},
        "base": _TEXT_OR_NULL,
        "mine": _TEXT_OR_NULL,
        "theirs": _TEXT_OR_NULL,
        "detected_at": {"type": "string", "format": "date-time"},
    },
}
LIST_SCHEMA: dict[str, Any] = {"type": "array", "items": CONFLICT_SCHEMA}

RECORD_TYPES = {"company": "account", "contact": "stakeholder", "touchpoint": "touchpoint"}
_RECORD_LABELS = {
    "account": N_("account"),
    "stakeholder": N_("stakeholder"),
    "touchpoint": N_("touchpoint"),
    "task": N_("task"),
    "renewal": N_("renewal"),
    "forecast": N_("renewal forecast"),
    "plan": N_("success plan"),
    "goal": N_("plan goal"),
    "milestone": N_("plan milestone"),
    "link": N_("link"),
}
_FIELD_LABELS = {
    "name": N_("name"),
    "domain": N_("domain"),
    "stage": N_("stage"),
    "title": N_("title"),
    "email": N_("email"),
    "phone": N_("phone"),
    "notes": N_("notes"),
    "occurred_at": N_("date and time"),
    "tier": N_("tier"),
    "segment": N_("segment"),
    "owner": N_("owner"),
    "arr": N_("ARR"),
    "currency": N_("currency"),
    "contract_start": N_("contract start"),
    "renewal_date": N_("renewal date"),
    "role": N_("role"),
    "active": N_("active"),
    "kind": N_("kind"),
    "product_satisfied": N_("satisfied with the product"),
    "service_satisfied": N_("satisfied with the service"),
    "customer_statement": N_("customer statement"),
    "inferred_need": N_("inferred need"),
    "next_steps": N_("next steps"),
    "other_attendees": N_("other attendees"),
    "due": N_("due"),
    "done": N_("done"),
    "source_playbook": N_("playbook"),
    "period_start": N_("period start"),
    "period_end": N_("period end"),
    "arr_before": N_("ARR before"),
    "arr_after": N_("ARR after"),
    "outcome": N_("outcome"),
    "reason": N_("reason"),
    "reason_note": N_("reason note"),
    "expected_outcome": N_("expected outcome"),
    "probability": N_("probability"),
    "expected_arr": N_("expected ARR"),
    "note": N_("note"),
    "summary": N_("summary"),
    "agreed_with": N_("agreed with"),
    "agreed_on": N_("agreed on"),
    "goal": N_("goal"),
    "horizon_months": N_("horizon (months)"),
    "status": N_("status"),
    "target_date": N_("target date"),
    "measure": N_("measure"),
    "measured_value": N_("measured value"),
    "achieved_on": N_("achieved on"),
    "position": N_("position"),
    "step": N_("step"),
    "done_on": N_("done on"),
    "plan": N_("plan"),
    "*deleted*": N_("deleted on one side"),
}
# Fields a record cannot be without: an edited value may not clear them.
_REQUIRED = frozenset({("company", "name"), ("contact", "name"), ("touchpoint", "title")})


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``conflicts`` to the ``cs-desktop`` parser."""
    conflicts = commands.add_parser(
        "conflicts",
        help=_("list, show and resolve sync conflicts"),
        description=_(
            "A field changed both here and in the CRM since the last sync, or a record deleted "
            "on one side and edited on the other, waits here until you choose: neither side is "
            "overwritten meanwhile. The next sync sends the outcome."
        ),
    )
    what = conflicts.add_subparsers(
        dest="conflicts_command", metavar="CONFLICTS_COMMAND", required=True
    )
    listing = what.add_parser(LIST, help=_("every open conflict, oldest first"))
    listing.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    show = what.add_parser(SHOW, help=_("one conflict: the last synced value, mine and theirs"))
    show.add_argument("id", type=int, metavar="ID", help=_("the conflict's number (see list)"))
    show.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    resolve = what.add_parser(RESOLVE, help=_("settle one conflict"))
    resolve.add_argument("id", type=int, metavar="ID", help=_("the conflict's number (see list)"))
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--keep",
        choices=["mine", "theirs"],
        help=_(
            "mine: this computer's value (or side of a deletion); theirs: the CRM's "
            "('conflicts show ID' says what each means for a deletion)"
        ),
    )
    choice.add_argument(
        "--value", metavar="V", help=_("keep this value instead (not for a deletion)")
    )


def _conflicts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.conflicts_command == RESOLVE:
        return _resolve(args, out)
    items = _open_items(args)
    if args.conflicts_command == SHOW:
        item = _find(items, args.id)
        if args.json:
            print(json.dumps(_record(item), indent=2, ensure_ascii=False), file=out)
        else:
            _print_item(item, out)
        return EXIT_OK
    if args.json:
        print(json.dumps([_record(i) for i in items], indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    for item in items:
        print(_line(item), file=out)
    if not items:
        print(_("No open conflicts."), file=out)
    else:
        count = len(items)
        print(
            ngettext(
                "{count} open conflict: 'cs-desktop conflicts show ID' shows one.",
                "{count} open conflicts: 'cs-desktop conflicts show ID' shows one.",
                count,
            ).format(count=count),
            file=out,
        )
    return EXIT_OK


def _open_items(args: argparse.Namespace) -> list[ConflictItem]:
    from cs_desktop.sync.status import open_conflicts

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            return open_conflicts(connection)
    finally:
        store.close()


def _find(items: list[ConflictItem], conflict_id: int) -> ConflictItem:
    for item in items:
        if item.id == conflict_id:
            return item
    raise UserError(
        _("no open conflict {id} (see 'cs-desktop conflicts list')").format(id=conflict_id)
    )


# -- what is shown ---------------------------------------------------------------------------


def _record_type(item: ConflictItem) -> str:
    return RECORD_TYPES.get(item.entity.value, item.entity.value)


def _field_label(field: str) -> str:
    return _(_FIELD_LABELS[field]) if field in _FIELD_LABELS else field.replace("_", " ")


def _title(item: ConflictItem) -> str:
    """What the user knows the record by: ``Acme · Kick-off · notes (touchpoint)``."""
    record = printable(item.record) or _("(no name)")
    kind = _(_RECORD_LABELS[_record_type(item)])
    field = _field_label(item.field)
    if item.entity.value == "company" or not item.account_name:
        return _("{record} · {field} ({kind})").format(record=record, field=field, kind=kind)
    return _("{account} · {record} · {field} ({kind})").format(
        account=printable(item.account_name), record=record, field=field, kind=kind
    )


def _shown(field: str, value: str | None, *, short: bool = False) -> str:
    """A stored value as a person reads it: dates in local time, nothing as ``(empty)``."""
    if value is None or value == "":
        return _("(empty)")
    if field == "occurred_at":
        try:
            instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return printable(value)
        return instant.astimezone().strftime("%Y-%m-%d %H:%M")
    text = printable(value)
    if short:
        first = text.splitlines()[0] if text.strip() else text
        if len(first) > SHORT or first != text:
            return f"“{first[:SHORT].rstrip()}…”"
        return f"“{text}”"
    return text


def _deletion_sides(item: ConflictItem) -> tuple[str, str]:
    """What each choice does to a deletion against an edit: (mine, theirs)."""
    if item.deleted_here:
        return (
            _("keep it deleted: the next sync deletes it in the CRM too"),
            _("restore the CRM's version: the next sync brings it back here"),
        )
    return (
        _("restore with my edit: the next sync creates it in the CRM again"),
        _("keep it deleted: it is deleted here too"),
    )


def _situation(item: ConflictItem) -> str:
    if item.deleted_here:
        return _("Deleted on this computer, edited in the CRM since the last sync.")
    return _("Edited on this computer, deleted in the CRM since the last sync.")


def _line(item: ConflictItem) -> str:
    if item.is_delete:
        what = _situation(item)
    else:
        what = _("mine {mine}, theirs {theirs}").format(
            mine=_shown(item.field, item.local, short=True),
            theirs=_shown(item.field, item.remote, short=True),
        )
    return f"{item.id:>4}  {_title(item)}: {what}"


def _print_item(item: ConflictItem, out: TextIO) -> None:
    print(_("Conflict {id}: {title}").format(id=item.id, title=_title(item)), file=out)
    detected = item.detected_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(_("Found by the sync of {when}.").format(when=detected), file=out)
    if item.is_delete:
        mine, theirs = _deletion_sides(item)
        print(_situation(item), file=out)
        print(_("  --keep mine    {meaning}").format(meaning=mine), file=out)
        print(_("  --keep theirs  {meaning}").format(meaning=theirs), file=out)
        return
    for label, value in (
        (_("Last synced:"), item.base),
        (_("Mine (this computer):"), item.local),
        (_("Theirs (CRM):"), item.remote),
    ):
        shown = _shown(item.field, value)
        if "\n" in shown:  # a note: its lines indented under the label
            print(label, file=out)
            print("\n".join(f"    {line}" for line in shown.splitlines()), file=out)
        else:
            print(f"{label} {shown}", file=out)
    print(
        _(
            "Resolve it with 'cs-desktop conflicts resolve {id} --keep mine' (or theirs), or "
            "--value V to keep another value."
        ).format(id=item.id),
        file=out,
    )


def _record(item: ConflictItem) -> dict[str, Any]:
    deletion = None
    if item.is_delete:
        deletion = "here" if item.deleted_here else "crm"
    return {
        "id": item.id,
        "record_type": _record_type(item),
        "record": item.record,
        "account": item.account_name,
        "field": item.field,
        "deletion": deletion,
        "base": item.base,
        "mine": item.local,
        "theirs": item.remote,
        "detected_at": item.detected_at.isoformat(),
    }


# -- resolving -------------------------------------------------------------------------------


def _resolve(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.sync.resolve import ChoiceNotOffered, ConflictGone, resolve_conflict

    item = _find(_open_items(args), args.id)
    choice: Choice = "edit" if args.value is not None else args.keep
    if choice == "edit" and item.is_delete:
        raise UserError(
            _(
                "conflict {id} is a deletion: choose --keep mine or --keep theirs "
                "('cs-desktop conflicts show {id}' says what each does)"
            ).format(id=item.id)
        )
    value = _checked_value(item, args.value) if choice == "edit" else None
    store = existing_store(args)
    try:
        resolve_conflict(store, item.id, choice, value)
    except (ConflictGone, ChoiceNotOffered) as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(_outcome(item, choice, value), file=out)
    return EXIT_OK


def _outcome(item: ConflictItem, choice: Choice, value: str | None) -> str:
    if item.is_delete:
        if item.deleted_here:
            done = (
                _("Conflict {id} resolved: kept deleted; the next sync deletes it in the CRM too.")
                if choice == "mine"
                else _("Conflict {id} resolved: the next sync brings back the CRM's version.")
            )
        else:
            done = (
                _(
                    "Conflict {id} resolved: restored with your edit; the next sync creates it "
                    "in the CRM again."
                )
                if choice == "mine"
                else _("Conflict {id} resolved: kept deleted; it is deleted here too.")
            )
        return done.format(id=item.id)
    if choice == "theirs":
        return _("Conflict {id} resolved: kept the CRM's value, {value}.").format(
            id=item.id, value=_shown(item.field, item.remote, short=True)
        )
    kept = item.local if choice == "mine" else value
    return _("Conflict {id} resolved: kept {value}; the next sync sends it to the CRM.").format(
        id=item.id, value=_shown(item.field, kept, short=True)
    )


def _checked_value(item: ConflictItem, text: str) -> str | None:
    """``--value`` as the field stores it; a mistake names the field and what it takes."""
    from cs_desktop.sync.fields import MODELS, iso_ms
    from cs_desktop.sync.values import normalised, shape

    field = item.field
    value = text.strip() if field != "notes" else text
    if not value:
        if (item.entity.value, field) in _REQUIRED:
            raise UserError(
                _("--value: the {field} cannot be empty").format(field=_field_label(field))
            )
        return None
    if field == "stage":
        stages = [stage.value for stage in Stage]
        if value.lower() not in stages:
            raise UserError(
                _("--value: “{value}” is not a stage; choose one of {stages}").format(
                    value=value, stages=", ".join(stages)
                )
            )
        return value.lower()
    if field == "occurred_at":
        try:
            instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise UserError(
                _(
                    "--value: “{value}” is not a date and time; write it as 2026-03-02 14:30 "
                    "(this computer's time) or 2026-03-02T13:30Z"
                ).format(value=value)
            ) from None
        return iso_ms(instant if instant.tzinfo else instant.astimezone())
    model = MODELS.get(item.entity)
    table = None if model is None else model.__table__.c
    if table is not None and field in table and shape(table[field]) != "text":
        # A date, an amount, a flag, a number or a choice: stored in its canonical form.
        stored = normalised(table[field], value)
        if stored is None:
            raise UserError(
                _("--value: “{value}” is not a valid {field}").format(
                    value=value, field=_field_label(field)
                )
            )
        return stored
    return value


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {"conflicts": _conflicts}
