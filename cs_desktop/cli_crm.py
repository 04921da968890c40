"""The CRM commands: ``crm connect PROVIDER``, ``crm disconnect``, ``crm status``.

Registered by :mod:`cs_desktop.cli` (:func:`add_commands`, :data:`HANDLERS`). Every CRM comes
from the registry (:mod:`cs_desktop.sync.providers`): the choices of ``connect`` are whatever
it holds, and the others name the connected CRM. Secrets are read from stdin or a hidden
prompt, never from the command line or the environment (shell history, process lists, logs).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from cs_desktop import cli_sign_in
from cs_desktop.cli_base import (
    EXIT_OK,
    CommandGroup,
    Handler,
    UserError,
    existing_store,
    store_path,
)
from cs_desktop.db import open_store
from cs_desktop.formats import format_datetime, format_number
from cs_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from cs_desktop.sync.oauth import SignedIn
    from cs_desktop.sync.providers import Credentials, Provider
    from cs_desktop.sync.status import SyncOverview

CONNECT, DISCONNECT, STATUS = "connect", "disconnect", "status"


def add_commands(commands: CommandGroup[argparse.ArgumentParser]) -> None:
    """Add ``crm`` to the ``cs-desktop`` parser."""
    from cs_desktop.sync.providers import all_providers

    providers = all_providers()
    crm = commands.add_parser("crm", help=_("connect the CRM this store syncs with"))
    what = crm.add_subparsers(dest="crm_command", metavar="CRM_COMMAND", required=True)
    connect = what.add_parser(CONNECT, help=_("connect a CRM (secrets go to the keychain)"))
    connect.add_argument("provider", choices=[p.key for p in providers])
    how = connect.add_mutually_exclusive_group()
    how.add_argument(
        "--token-stdin", action="store_true", help=_("read the private-app token from stdin")
    )
    how.add_argument(
        "--oauth",
        metavar="CLIENT_ID",
        help=_(
            "OAuth app (its client ID or consumer key): the client secret, if the app has "
            "one, and the refresh token are read from stdin or a prompt"
        ),
    )
    connect.add_argument(
        "--base-url", help=_("the API address (default: the CRM's own; or a sandbox)")
    )
    cli_sign_in.add_arguments(connect)
    servers = sorted({s.key for p in providers if p.oauth for s in p.oauth.servers})
    if servers:
        connect.add_argument(
            "--org",
            choices=servers,
            help=_("with --oauth, where the refresh token was issued (default: production)"),
        )
    what.add_parser(
        DISCONNECT,
        help=_("forget the connection and its credentials; waiting changes stay here"),
    )
    what.add_parser(STATUS, help=_("the connected CRM, waiting changes, conflicts, API use"))


def read_secret(prompt: str, missing: str, from_stdin: bool) -> str:
    """A secret from stdin or a hidden ``prompt``; ``missing`` is the refusal of an empty one."""
    import getpass

    value = (
        sys.stdin.readline() if from_stdin or not sys.stdin.isatty() else getpass.getpass(prompt)
    )
    value = value.strip()
    if not value:
        raise UserError(missing)
    return value


def _crm(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.crm_command == DISCONNECT:
        return _disconnect(args, out)
    if args.crm_command == STATUS:
        return _status(args, out)
    return _connect(args, out, err)


def _connect(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.sync.addresses import BadAddress, checked_base_url
    from cs_desktop.sync.connection import NotConnected, connect
    from cs_desktop.sync.credentials import CredentialsRefused
    from cs_desktop.sync.providers import provider_named

    provider = provider_named(args.provider)
    try:  # a wrong address is refused before any secret is asked for
        base_url = args.base_url and checked_base_url(args.base_url)
    except BadAddress as error:
        raise UserError(str(error)) from None
    if args.browser:
        signed = _signed_in(provider, args, base_url or None, err)
        credentials, base_url = signed.credentials, signed.base_url
    else:
        credentials = credentials_from(provider, args, base_url or None)
    store = open_store(store_path(args))
    try:
        connected = connect(store, provider, credentials, base_url=base_url or None)
    except CredentialsRefused as refused:
        raise UserError(
            _(
                "{reason}; the app can keep them for one session, and 'cs-desktop sync "
                "--token-stdin' runs one sync without storing them"
            ).format(reason=refused)
        ) from None
    except (BadAddress, NotConnected) as error:
        raise UserError(str(error)) from None
    finally:
        store.close()
    print(
        ngettext(
            "Connected {crm} at {url}; {count} change waiting for the first sync. "
            "Credentials are in the system keychain.",
            "Connected {crm} at {url}; {count} changes waiting for the first sync. "
            "Credentials are in the system keychain.",
            connected.waiting,
        ).format(
            crm=provider.label, url=connected.base_url, count=format_number(connected.waiting)
        ),
        file=out,
    )
    if connected.note:
        print(connected.note, file=out)
    return EXIT_OK


def _signed_in(
    provider: Provider, args: argparse.Namespace, base_url: str | None, err: TextIO
) -> SignedIn:
    """``--browser``: sign in at the CRM's server, the client secret (if the app has one)
    read from stdin or a prompt, the refresh token brought by the sign-in."""
    if provider.oauth is None:
        raise UserError(
            _("{crm} connects with a private-app token, not --oauth").format(crm=provider.label)
        )
    if not args.oauth:
        raise UserError(_("--browser signs in to an OAuth app: give its --oauth CLIENT_ID"))
    server_url = _sign_in_server(provider, args, base_url) or base_url or provider.api_url
    if server_url is None:  # every CRM has an API address or sign-in servers
        raise UserError(_unknown_org(provider, getattr(args, "org", None)))
    secret = None
    if provider.oauth.client_secret:
        secret = read_secret(_("Client secret: "), _("no client secret given"), False)
    return cli_sign_in.signed_in(args, provider, server_url, secret, err)


def _sign_in_server(
    provider: Provider, args: argparse.Namespace, base_url: str | None
) -> str | None:
    """Where a CRM that signs in apart from its API signs in: the organization's server
    (``--org``), else ``--base-url`` (a sandbox answers both), else its first server; None
    for a CRM that signs in at its API address."""
    org = getattr(args, "org", None)
    servers = provider.oauth.servers if provider.oauth is not None else ()
    if org and not servers:
        raise UserError(_unknown_org(provider, org))
    if not servers:
        return None
    try:
        return provider.server(org).url if org else base_url or servers[0].url
    except KeyError:
        raise UserError(_unknown_org(provider, org)) from None


def credentials_from(
    provider: Provider, args: argparse.Namespace, base_url: str | None
) -> Credentials:
    """The credentials ``crm connect``'s options name, the secrets read from stdin or a
    prompt. A CRM that signs in apart from its API signs in at the organization's server
    (``--org``), else at ``--base-url`` (a sandbox answers both), else at its first server."""
    from cs_desktop.sync.providers import Credentials

    org = getattr(args, "org", None)
    if args.oauth:
        if provider.oauth is None:
            raise UserError(
                _("{crm} connects with a private-app token, not --oauth").format(crm=provider.label)
            )
        sign_in_url = _sign_in_server(provider, args, base_url)
        secret = None
        if provider.oauth.client_secret:
            secret = read_secret(_("Client secret: "), _("no client secret given"), False)
        refresh = read_secret(_("Refresh token: "), _("no refresh token given"), False)
        return Credentials(
            client_id=args.oauth,
            client_secret=secret,
            refresh_token=refresh,
            sign_in_url=sign_in_url,
        )
    if org:
        raise UserError(_("--org goes with --oauth"))
    if not provider.private_token:
        raise UserError(
            _("{crm} connects with an OAuth app: give its consumer key with --oauth").format(
                crm=provider.label
            )
        )
    token = read_secret(_("Private-app token: "), _("no private-app token given"), args.token_stdin)
    return Credentials(token=token)


def _unknown_org(provider: Provider, org: str | None) -> str:
    servers = provider.oauth.servers if provider.oauth is not None else ()
    return _("{crm} has no org kind {org}; use one of: {choices}").format(
        crm=provider.label, org=org, choices=", ".join(s.key for s in servers)
    )


def _disconnect(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.sync.connection import disconnect
    from cs_desktop.sync.providers import provider_named

    store = existing_store(args)
    try:
        was = disconnect(store)
    finally:
        store.close()
    if was is None:
        print(_("No CRM is connected; nothing to forget."), file=out)
        return EXIT_OK
    try:
        label = provider_named(was).label
    except KeyError:
        label = was
    print(
        _(
            "Disconnected {crm}; its credentials are forgotten. Changes waiting stay here "
            "and are sent if you connect again."
        ).format(crm=label),
        file=out,
    )
    return EXIT_OK


def _status(args: argparse.Namespace, out: TextIO) -> int:
    from cs_desktop.sync.status import sync_overview

    store = existing_store(args)
    try:
        with store.read() as session:
            overview = sync_overview(session.connection())
    finally:
        store.close()
    for line in status_lines(overview):
        print(line, file=out)
    return EXIT_OK


def status_lines(overview: SyncOverview) -> list[str]:
    """What ``crm status`` prints: the same lines for every CRM."""
    if not overview.connected:
        return [_("No CRM is connected. Everything stays on this computer.")]
    how = _("OAuth")
    if overview.auth_kind == "private_app":
        # A CRM without private apps was given a session's access token (sync --token-stdin).
        how = _("a private-app token") if _has_private_apps(overview) else _("an access token")
    lines = [
        _("Connected to {crm} at {url} with {how}.").format(
            crm=overview.label, url=overview.base_url, how=how
        )
    ]
    if overview.sign_in_url:
        lines.append(_("Signs in at {url}.").format(url=overview.sign_in_url))
    lines.append(
        _("Waiting changes: {waiting}; open conflicts: {open}.").format(
            waiting=format_number(overview.waiting), open=format_number(overview.open_conflicts)
        )
    )
    if overview.last_synced_at is not None:
        when = format_datetime(overview.last_synced_at.astimezone(), time_length="short")
        lines.append(_("Last complete sync: {when}.").format(when=when))
    else:
        lines.append(_("Not synced yet."))
    limits = overview.limits
    if limits.day_limit is not None and limits.day_used is not None:
        lines.append(
            _(
                "At the last sync, {used} of the {limit} API requests allowed a day were used."
            ).format(used=format_number(limits.day_used), limit=format_number(limits.day_limit))
        )
    if limits.window_limit is not None and limits.window_s is not None:
        lines.append(
            _("At most {limit} requests every {seconds} seconds.").format(
                limit=format_number(limits.window_limit), seconds=f"{limits.window_s:g}"
            )
        )
    return lines


def _has_private_apps(overview: SyncOverview) -> bool:
    from cs_desktop.sync.providers import provider_named

    try:
        return overview.provider is None or provider_named(overview.provider).private_token
    except KeyError:
        return True


HANDLERS: dict[str, Handler] = {"crm": _crm}
