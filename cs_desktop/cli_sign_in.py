"""``cs-desktop crm connect CRM --oauth CLIENT_ID --browser``: the window's browser sign-in
(:mod:`cs_desktop.sync.oauth`, PKCE and a loopback redirect) from a terminal.

The consent page's address is printed as well as opened, for a computer whose browser does
not open (open it in a browser on this computer: the answer comes back to a port of it). The
wait ends with the answer, after ``--timeout`` seconds, or on Ctrl+C. The refresh token goes
to the keychain; where there is none, it is refused before the browser opens, since the
token would have nowhere to go.
"""

from __future__ import annotations

import argparse
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from cs_desktop.cli_base import UserError
from cs_desktop.i18n import _

if TYPE_CHECKING:
    from cs_desktop.sync.oauth import SignedIn
    from cs_desktop.sync.providers import Provider

Opener = Callable[[str], bool]
WAIT_S = 600.0  # as the window waits (cs_desktop.sync.oauth.WAIT_S, not imported to start)


def add_arguments(connect: argparse.ArgumentParser) -> None:
    """Add ``--browser`` and ``--timeout`` to ``crm connect``."""
    connect.add_argument(
        "--browser",
        action="store_true",
        help=_(
            "with --oauth: sign in through the browser instead of pasting a refresh token "
            "(only the client secret is read from stdin or a prompt)"
        ),
    )
    connect.add_argument(
        "--timeout",
        type=_seconds,
        default=WAIT_S,
        metavar="SECONDS",
        help=_("with --browser: how long to wait for the browser (default: 600)"),
    )


def signed_in(
    args: argparse.Namespace,
    provider: Provider,
    server_url: str,
    secret: str | None,
    err: TextIO,
    open_browser: Opener | None = None,
) -> SignedIn:
    """Sign in to ``provider`` at ``server_url`` through the browser: the API address and the
    OAuth credentials ``connect`` takes.

    Raises:
        UserError: no keychain to keep the refresh token in; the sign-in was cancelled,
            refused or not answered in time.
    """
    from cs_desktop.sync.credentials import keychain_status
    from cs_desktop.sync.oauth import SignInCancelled, SignInFailed, sign_in

    if not keychain_status().secure:
        raise UserError(
            _(
                "no system keychain is available to keep the refresh token a browser sign-in "
                "brings; 'cs-desktop sync --token-stdin' runs one sync with a private-app token "
                "that is never stored"
            )
        )

    def show(url: str) -> None:
        print(
            _(
                "Sign in at this address (a browser on this computer; it comes back to this "
                "computer). Waiting up to {seconds} seconds; Ctrl+C stops.\n{url}"
            ).format(seconds=round(args.timeout), url=url),
            file=err,
            flush=True,
        )
        if not (open_browser or webbrowser.open)(url):
            print(_("No browser opened here: open the address above yourself."), file=err)

    try:
        return sign_in(
            provider, server_url, args.oauth, secret, open_browser=show, timeout_s=args.timeout
        )
    except KeyboardInterrupt:
        raise UserError(_("sign-in cancelled")) from None
    except (SignInCancelled, SignInFailed) as error:
        raise UserError(str(error)) from None


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise argparse.ArgumentTypeError(
            _("{value} is not a number of seconds").format(value=repr(value))
        )
    return seconds
