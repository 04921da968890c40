"""The ``cs-desktop`` command line: every command that needs no display.

``ui.launcher`` owns the console entry point: it starts the GUI when no command is given and
hands everything else to :func:`run` here, so the core never imports the Qt layer.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from cs_desktop import __version__
from cs_desktop.app_log import log_file, redact, start_logging
from cs_desktop.cli_base import (
    ERROR,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    NO_STORE,
    CommandGroup,
    Handler,
    UserError,
    column,
    existing_store,
    store_path,
)
from cs_desktop.db import Store, StoreError, open_store
from cs_desktop.errors import user_message
from cs_desktop.formats import format_number, format_percent
from cs_desktop.i18n import N_, _, ngettext, pgettext, set_language, system_language
from cs_desktop.labels import kind_label, stage_label, tier_label
from cs_desktop.paths import DB_ENV_VAR, default_db_path
from cs_desktop.sync import capture_edits

DEBUG_ENV_VAR = "CS_DESKTOP_DEBUG"

UNEXPECTED = N_(
    "cs-desktop: error: an unexpected error happened ({summary}). This is a bug: the details "
    "are in {log}"
)
UNEXPECTED_NO_LOG = N_(
    "cs-desktop: error: an unexpected error happened ({summary}). This is a bug: run the "
    "command again with --debug to see the details"
)
INTERRUPTED = N_("cs-desktop: interrupted; nothing was written by the unfinished step")
NOTHING_IMPORTED = N_("cs-desktop: error: nothing was imported; fix the rows above and retry")

log = logging.getLogger(__name__)

# The kinds of automatic backup, as ``backup --list`` names them.
_BACKUP_KINDS: dict[str, Callable[[], str]] = {
    "daily": lambda: pgettext("backup", "daily"),
    "upgrade": lambda: pgettext("backup", "upgrade"),
}


def build_parser(
    *more_commands: Callable[[CommandGroup[argparse.ArgumentParser]], None],
) -> argparse.ArgumentParser:
    """The ``cs-desktop`` parser; ``more_commands`` add commands of other layers (Qt's)."""
    parser = argparse.ArgumentParser(
        prog="cs-desktop",
        description=_(
            "CS Desktop: your customer portfolio, offline. With no command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help=_("print the traceback of an unexpected error (or set ${variable}=1)").format(
            variable=DEBUG_ENV_VAR
        ),
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=_("the store file (default: ${variable} or {path})").format(
            variable=DB_ENV_VAR, path=default_db_path()
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=_("fill an empty store with a sample portfolio"))
    demo.add_argument("--accounts", type=_positive_int, default=200, help=_("how many (200)"))
    demo.add_argument("--seed", type=int, default=7, help=_("same seed, same portfolio (7)"))

    from cs_desktop import cli_capture

    imports = commands.add_parser(
        "import",
        help=_(
            "import accounts, touchpoints or usage (indicator values) from CSV/XLSX, meetings "
            "from a calendar (.ics) or mails (.eml, .msg)"
        ),
    )
    imports.add_argument(
        "kind", choices=["accounts", "touchpoints", "usage", *cli_capture.IMPORT_KINDS]
    )
    imports.add_argument(
        "file",
        type=Path,
        help=_(
            "a .csv or .xlsx file; for calendar an .ics file; for mail an .eml or .msg file, "
            "or a folder of them"
        ),
    )
    imports.add_argument(
        "--map",
        dest="column_map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=_(
            "read the file's COLUMN into FIELD (repeatable); for usage, COLUMN=INDICATOR "
            "or 'A/B=INDICATOR' for the ratio of two columns"
        ),
    )
    imports.add_argument(
        "--period",
        choices=["auto", "daily", "weekly"],
        default="auto",
        help=_(
            "usage only: how long each row's value lasts (auto: weekly when the date "
            "column's header says 'week')"
        ),
    )
    imports.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=_("add an account with a new record id even if its domain is already an account's"),
    )
    cli_capture.add_import_options(imports)

    search = commands.add_parser("search", help=_("search touchpoint notes and account names"))
    search.add_argument("query", help=_('words to find; "quote" a phrase'))
    search.add_argument("--limit", type=_positive_int, default=20)

    backup = commands.add_parser(
        "backup", help=_("copy the store safely (even while it is open), list or restore backups")
    )
    what = backup.add_mutually_exclusive_group()
    what.add_argument(
        "--to",
        metavar="PATH",
        help=_(
            "target file, or folder (an existing one, or ending in /; default: beside the store)"
        ),
    )
    what.add_argument(
        "--restore",
        type=Path,
        metavar="FILE",
        help=_("replace the store with the backup FILE (the store is kept aside first)"),
    )
    what.add_argument("--list", action="store_true", help=_("list the automatic backups"))

    from cs_desktop.sync.providers import provider_keys

    sync = commands.add_parser(
        "sync", help=_("send local changes to the CRM and fetch its changes")
    )
    once = sync.add_mutually_exclusive_group()
    once.add_argument(
        "--dry-run", action="store_true", help=_("only show the changes waiting to be sent")
    )
    once.add_argument(
        "--token-stdin",
        action="store_true",
        help=_(
            "read a private-app token from stdin and use it for this sync only; it is not "
            "stored anywhere (for a computer without a keychain)"
        ),
    )
    sync.add_argument(
        "--base-url",
        help=_(
            "with --token-stdin, for a store not connected yet: the API address (default: "
            "the first CRM's; or a sandbox)"
        ),
    )
    sync.add_argument(
        "--crm",
        choices=provider_keys(),
        help=_(
            "with --token-stdin, for a store not connected yet: the CRM (default: the first; "
            "Salesforce takes a session's access token and its org's address)"
        ),
    )

    db = commands.add_parser("db", help=_("store maintenance"))
    db_commands = db.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    db_commands.add_parser("check", help=_("integrity check, schema version and row counts"))
    # Commands kept in modules of their own (cli_base is what they share with this one).
    from cs_desktop import cli_conflicts, cli_crm, cli_health, cli_my_day, cli_rates, cli_vault

    cli_vault.add_db_commands(db_commands)

    cli_capture.add_commands(commands)
    cli_crm.add_commands(commands)
    cli_conflicts.add_commands(commands)
    cli_health.add_commands(commands)
    cli_my_day.add_commands(commands)
    cli_rates.add_commands(commands)
    for add_commands in more_commands:
        add_commands(commands)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number").format(value=repr(value))
        ) from None
    if number < 1:
        raise argparse.ArgumentTypeError(_("{value} must be at least 1").format(value=value))
    return number


def run(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    more_commands: Mapping[str, Handler] | None = None,
) -> int:
    """Run one parsed command; every error becomes a message on ``err`` and exit code 1.

    A mistake or a fault the user can act on (a full disk, a read-only folder, the network)
    says what happened and what to do. An unexpected error (a bug) says so in one line naming
    the log file that holds its traceback; ``--debug`` or ``$CS_DESKTOP_DEBUG`` prints it too.

    Args:
        args: parsed by :func:`build_parser`.
        out: where results go (standard output when None, as it is at the call).
        err: where messages and progress go (standard error when None).
        more_commands: the handlers of the commands other layers added to the parser.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    from cs_desktop import (
        cli_capture,
        cli_conflicts,
        cli_crm,
        cli_health,
        cli_my_day,
        cli_rates,
        cli_vault,
    )

    handlers: dict[str, Handler] = {
        **cli_capture.HANDLERS,
        **cli_conflicts.HANDLERS,
        **cli_crm.HANDLERS,
        **cli_health.HANDLERS,
        **cli_my_day.HANDLERS,
        **cli_rates.HANDLERS,
        "demo": _demo,
        "sync": _sync,
        "import": _import,
        "search": _search,
        "backup": _backup,
        "db": cli_vault.db_handler(_db_check),
        **(more_commands or {}),
    }
    try:
        log.info("command %s on the store %s", args.command, store_path(args))
        capture_edits()  # a command's edits (an import, a demo) reach the CRM as the app's do
        cli_vault.unlock(args, err)  # an encrypted store the keychain has no key for
        created = not store_path(args).exists()
        code = handlers[args.command](args, out, err)
        if created:
            cli_vault.warn_if_created_plain(store_path(args), err)
    except (UserError, StoreError) as error:
        log.info("command %s refused: %s", args.command, error)
        print(_(ERROR).format(message=error), file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        log.info("command %s interrupted", args.command)
        print(_(INTERRUPTED), file=err)
        return 130
    except Exception as error:
        return _report_error(error, args, out, err)
    log.info("command %s finished with exit code %d", args.command, code)
    return code


def _report_error(error: Exception, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Say what went wrong in one line (the traceback goes to the log) and return 1."""
    if isinstance(error, BrokenPipeError) and out is sys.stdout:
        # The reader of the output went away (``| head``): nothing to say, and nowhere to say it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    message = user_message(error)
    if message is not None:
        log.warning("command %s failed: %s", args.command, message, exc_info=error)
        print(_(ERROR).format(message=message), file=err)
        return EXIT_FAILED
    log.error("command %s: unexpected error", args.command, exc_info=error)
    first_line = (str(error).strip().splitlines() or [""])[0][:200]
    summary = redact(
        f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
    )
    where = log_file()
    if where is None:
        print(_(UNEXPECTED_NO_LOG).format(summary=summary), file=err)
    else:
        print(_(UNEXPECTED).format(summary=summary, log=where), file=err)
    if getattr(args, "debug", False) or os.environ.get(DEBUG_ENV_VAR):
        traceback.print_exception(error, file=err)
    return EXIT_FAILED


def _sync(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import func, select

    from cs_desktop.sync.connection import connected_provider
    from cs_desktop.sync.online import sync_once
    from cs_desktop.sync.outbox import waiting
    from cs_desktop.sync.progress import SyncProgress, describe, every
    from cs_desktop.sync.providers import default_provider
    from cs_desktop.sync.state import Outbox

    # With a token, a first sync may fill a new book from the CRM (a second laptop, no
    # keychain): the store is made as `crm connect` makes it.
    store = open_store(store_path(args)) if args.token_stdin else existing_store(args)
    try:
        token = _token_for_one_sync(args, store, out)
        if args.dry_run:
            with store.read() as session:
                found = connected_provider(session)
                key = default_provider().key if found is None else found[0].key
                rows = session.execute(
                    select(Outbox.entity, Outbox.op, func.count())
                    .where(
                        Outbox.provider == key,
                        Outbox.state.in_(["pending", "inflight", "blocked"]),
                    )
                    .group_by(Outbox.entity, Outbox.op)
                    .order_by(Outbox.entity, Outbox.op)
                ).all()
                left = waiting(session.connection(), key)
            for entity, op, count in rows:
                print(f"  {entity} {op}: {count}", file=out)
            print(_("waiting changes: {count}").format(count=format_number(left)), file=out)
            return EXIT_OK

        def show(progress: SyncProgress) -> None:
            print(describe(progress), file=err, flush=True)

        # A terminal keeps every line: a wait is told every 5 s, not every second.
        counts, waits = every(1.0, show), every(5.0, show)

        def hear(progress: SyncProgress) -> None:
            (waits if progress.step == "waiting" else counts)(progress)

        log.info("sync started")
        report = sync_once(store, progress=hear, token=token)
    finally:
        store.close()
    log.info("sync %s: %s", report.outcome, report.message)
    result = report.result
    if result is not None:
        log.info(
            "sync pushed %d, pulled %d, conflicts %d, failed %d, waiting %d",
            result.pushed,
            result.pulled,
            result.conflicts,
            result.failed,
            result.waiting,
        )
        print(
            _(
                "pushed {pushed}, pulled {pulled}, conflicts {conflicts}, failed {failed}; "
                "waiting changes: {waiting}; open conflicts: {open}"
            ).format(
                pushed=format_number(result.pushed),
                pulled=format_number(result.pulled),
                conflicts=format_number(result.conflicts),
                failed=format_number(result.failed),
                waiting=format_number(result.waiting),
                open=format_number(result.open_conflicts),
            ),
            file=out,
        )
        for problem in result.errors:
            print(f"  {problem}", file=err)
    if report.outcome != "ok":
        print(
            _("cs-desktop: sync {outcome}: {message}").format(
                outcome=report.outcome, message=report.message
            ),
            file=err,
        )
        return EXIT_FAILED
    return EXIT_OK


def _token_for_one_sync(args: argparse.Namespace, store: Store, out: TextIO) -> str | None:
    """``sync --token-stdin``: the token for this run, kept in memory only. A store not
    connected yet is connected first to the default CRM (the token checked, every record
    queued), without saving the token anywhere."""
    from cs_desktop.cli_crm import read_secret
    from cs_desktop.sync.addresses import BadAddress, checked_base_url
    from cs_desktop.sync.connection import NotConnected, connect, connected_provider
    from cs_desktop.sync.providers import Credentials, default_provider, provider_named

    if not args.token_stdin:
        if args.base_url or args.crm:
            raise UserError(
                _("--base-url and --crm go with --token-stdin (connect with 'crm connect')")
            )
        return None
    with store.read() as session:
        found = connected_provider(session)
        connected_to = None if found is None else found[1].base_url
    if found is not None and args.crm and args.crm != found[0].key:
        raise UserError(
            _("this store syncs with {crm}; leave out --crm, or connect again").format(
                crm=found[0].label
            )
        )
    chosen = provider_named(args.crm) if args.crm else default_provider()
    provider = chosen if found is None else found[0]
    try:
        base_url = checked_base_url(args.base_url or connected_to or provider.api_url or "")
    except BadAddress as error:
        raise UserError(str(error)) from None
    if connected_to is not None and base_url != connected_to:
        raise UserError(
            _("this store syncs with {url}; leave out --base-url, or connect again").format(
                url=connected_to
            )
        )
    token = read_secret(_("Private-app token: "), _("no private-app token given"), True)
    if connected_to is None:
        try:
            connected = connect(
                store, provider, Credentials(token=token), base_url=base_url, remember=False
            )
        except NotConnected as error:
            raise UserError(str(error)) from None
        print(
            ngettext(
                "Connected {crm} at {url} for this sync; {count} change waiting.",
                "Connected {crm} at {url} for this sync; {count} changes waiting.",
                connected.waiting,
            ).format(crm=provider.label, url=base_url, count=format_number(connected.waiting)),
            file=out,
        )
    return token


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.demo import generate_portfolio

    store = open_store(store_path(args))
    try:
        store.condition.refuse_writes(store.path)
        progress = _progress_printer(err, _("generating accounts"))
        try:
            summary = generate_portfolio(
                store, accounts=args.accounts, seed=args.seed, progress=progress
            )
        except ValueError as error:
            raise UserError(str(error)) from None
    finally:
        store.close()
    counted = (
        ngettext("{count} account", "{count} accounts", summary.accounts),
        ngettext("{count} stakeholder", "{count} stakeholders", summary.stakeholders),
        ngettext("{count} touchpoint", "{count} touchpoints", summary.touchpoints),
        ngettext("{count} health sample", "{count} health samples", summary.health_samples),
        ngettext("{count} renewal", "{count} renewals", summary.renewals),
    )
    numbers = (
        summary.accounts,
        summary.stakeholders,
        summary.touchpoints,
        summary.health_samples,
        summary.renewals,
    )
    parts = [text.format(count=format_number(n)) for text, n in zip(counted, numbers, strict=True)]
    print(
        _(
            "Sample portfolio written to {path}: {accounts}, {stakeholders}, {touchpoints}, "
            "{samples}, {renewals} ({seconds} s)."
        ).format(
            path=store.path,
            accounts=parts[0],
            stakeholders=parts[1],
            touchpoints=parts[2],
            samples=parts[3],
            renewals=parts[4],
            seconds=format_number(summary.seconds, 1),
        ),
        file=out,
    )
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_capture

    if args.kind in cli_capture.IMPORT_KINDS:
        return cli_capture.import_captured(args, out, err)
    if args.kind == "usage":
        return _import_usage(args, out, err)
    from cs_desktop.importer import (
        ImportKind,
        ImportRejected,
        ImportSetupError,
        import_file,
        parse_column_map,
    )

    try:
        column_map = parse_column_map(args.column_map)
    except ImportSetupError as error:
        raise UserError(str(error)) from None
    # Checked page by page first: an import must not add to a store that is already damaged.
    store = open_store(store_path(args), check_first=True)
    try:
        store.condition.refuse_writes(store.path)
        report = import_file(
            store,
            ImportKind(args.kind),
            args.file,
            column_map,
            progress=_progress_printer(err, _("importing")),
            allow_duplicates=args.allow_duplicates,
        )
    except ImportRejected as rejected:
        print(rejected.report.format(), file=err)
        if rejected.report.only_likely_duplicates:
            print(
                _(
                    "cs-desktop: error: nothing was imported; the rows above look like accounts "
                    "already in the store: give them those accounts' keys, or import again with "
                    "--allow-duplicates"
                ),
                file=err,
            )
        else:
            print(_(NOTHING_IMPORTED), file=err)
        return EXIT_FAILED
    except ImportSetupError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(report.format(), file=out)
    return EXIT_OK


def _import_usage(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.importer import ImportRejected, ImportSetupError
    from cs_desktop.importer.usage import import_usage, parse_usage_map

    try:
        column_map = parse_usage_map(args.column_map)
    except ImportSetupError as error:
        raise UserError(str(error)) from None
    store = open_store(store_path(args))
    try:
        report = import_usage(
            store,
            args.file,
            column_map,
            period=args.period,
            progress=_progress_printer(err, _("writing samples")),
        )
    except ImportRejected as rejected:
        print(rejected.report.format(), file=err)
        print(_(NOTHING_IMPORTED), file=err)
        return EXIT_FAILED
    except ImportSetupError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(report.format(), file=out)
    return EXIT_OK


def _search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.control_chars import printable
    from cs_desktop.search import (
        HIGHLIGHT_END,
        HIGHLIGHT_START,
        QueryError,
        search_accounts,
        search_touchpoints,
    )

    store = existing_store(args)
    try:
        with store.engine.connect() as connection:
            accounts = search_accounts(connection, args.query, limit=args.limit)
            hits = search_touchpoints(connection, args.query, limit=args.limit)
    except QueryError as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    start, end = ("\x1b[1m", "\x1b[0m") if out.isatty() else ("[", "]")
    # Stored text may hold control characters (typed, synced, or imported by older versions):
    # printed raw, an escape sequence would recolour, clear or retitle the terminal.
    for account in accounts:
        print(
            _("account  {name}  ({tier}, {stage})").format(
                name=printable(account.name),
                tier=tier_label(account.tier),
                stage=stage_label(account.stage),
            ),
            file=out,
        )
    for hit in hits:
        when = hit.occurred_at.astimezone().strftime("%Y-%m-%d")
        snippet = " ".join(printable(hit.snippet, keep=HIGHLIGHT_START + HIGHLIGHT_END).split())
        snippet = snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)
        title = f"{printable(hit.account_name)}  {kind_label(hit.kind)}: {printable(hit.title)}"
        print(f"{when}  {title}", file=out)
        print(f"    {snippet}", file=out)
    if not accounts and not hits:
        print(_("no matches for {query}").format(query=repr(args.query)), file=err)
        return EXIT_FAILED
    return EXIT_OK


def _backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.backups import backup_store
    from cs_desktop.store_errors import DamagedCopyError

    if args.list:
        return _list_backups(store_path(args), out)
    if args.restore:
        return _restore(store_path(args), args.restore.expanduser(), out)
    store = existing_store(args)
    try:
        stamp = datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{store.path.stem}.backup-{stamp}.sqlite3"
        target = Path(args.to).expanduser() if args.to else store.path.with_name(name)
        if args.to and (target.is_dir() or args.to.endswith(("/", os.sep))):
            target = target / name  # a folder, made if needed
        written = backup_store(store.engine, target)
    except DamagedCopyError as damaged:
        print(_("cs-desktop: warning: {message}").format(message=damaged), file=err)
        return EXIT_FAILED
    finally:
        store.close()
    print(_("Backup written to {path}").format(path=written), file=out)
    return EXIT_OK


def _list_backups(path: Path, out: TextIO) -> int:
    from cs_desktop.backups import backups_folder, list_backups

    backups = list_backups(path)
    if not backups:
        print(
            _("No automatic backups of {path} yet (they go to {folder})").format(
                path=path, folder=backups_folder(path)
            ),
            file=out,
        )
    for backup in backups:
        taken = backup.taken_at.strftime("%Y-%m-%d %H:%M")
        kind = _BACKUP_KINDS[backup.kind]()
        print(f"{taken}  {column(kind, 8)} {_megabytes(backup.size):>9}  {backup.path}", file=out)
    return EXIT_OK


def _megabytes(size: int) -> str:
    return _("{size} MB").format(size=format_number(size / 1_000_000, 1))


def _restore(path: Path, backup: Path, out: TextIO) -> int:
    from cs_desktop.restore import restore_backup

    restored = restore_backup(path, backup)
    if restored.replaced is None:
        print(
            _("Restored {backup} to {store}.").format(backup=restored.backup, store=restored.store),
            file=out,
        )
    else:
        print(
            _("Restored {backup} to {store}. The store it replaced is kept at {replaced}.").format(
                backup=restored.backup, store=restored.store, replaced=restored.replaced
            ),
            file=out,
        )
    return EXIT_OK


def _db_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.store_check import check_store
    from cs_desktop.store_errors import StoreDamagedError
    from cs_desktop.tables import metadata

    path = store_path(args)
    if not path.exists():
        raise UserError(_(NO_STORE).format(path=path))
    store = open_store(path, damaged_ok=True)
    try:
        result = check_store(store, metadata)
    finally:
        store.close()
    print(_("store: {path}").format(path=result.path), file=out)
    if result.read_only is not None:
        print(_("read-only: {reason}").format(reason=result.read_only), file=out)
    if result.damage is not None:
        print(_("damaged: {detail}").format(detail=result.damage), file=out)
    print(
        _("schema: {revision} (this app: {head})").format(
            revision=result.revision or pgettext("schema", "unknown"), head=result.head_revision
        ),
        file=out,
    )
    print(_("integrity: {result}").format(result=", ".join(result.integrity)), file=out)
    violations = result.foreign_key_violations
    print(
        _("foreign key violations: {count}").format(
            count=_("not checked") if violations is None else format_number(violations)
        ),
        file=out,
    )
    for table, count in result.counts.items():
        print(f"  {table}: {format_number(count)}", file=out)
    for table in result.unreadable:
        print(_("  {table}: unreadable").format(table=table), file=out)
    print(_("OK") if result.ok else _("PROBLEMS FOUND"), file=out)
    if result.damage is not None:
        message = StoreDamagedError(result.path, result.damage)
        print(_(ERROR).format(message=message), file=err)
    return EXIT_OK if result.ok else EXIT_FAILED


def _progress_printer(err: TextIO, label: str) -> Callable[[int, int], None]:
    last_percent = -1

    def report(done: int, total: int) -> None:
        nonlocal last_percent
        percent = 100 * done // total if total else 100
        if percent != last_percent and err.isatty():
            last_percent = percent
            shown = _("{label}: {percent}").format(
                label=label, percent=format_percent(percent / 100)
            )
            print(f"\r{shown}", end="" if percent < 100 else "\n", file=err)

    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point (``python -m cs_desktop``): ``cs-desktop`` without the window."""
    set_language(system_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    start_logging(f"command {args.command}")
    return run(args)
