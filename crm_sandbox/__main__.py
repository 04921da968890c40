"""``crm-sandbox`` (or ``python -m crm_sandbox``): run the sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from crm_sandbox.auth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from crm_sandbox.faults import Settings
from crm_sandbox.salesforce import (
    API_VERSION,
    SalesforceSandbox,
    run_salesforce_sandbox,
)
from crm_sandbox.salesforce import DEFAULT_CLIENT_ID as SF_CLIENT_ID
from crm_sandbox.salesforce import DEFAULT_CLIENT_SECRET as SF_CLIENT_SECRET
from crm_sandbox.salesforce import DEFAULT_PORT as SALESFORCE_PORT
from crm_sandbox.server import DEFAULT_PORT, HOST, BaseSandbox, Sandbox, run_sandbox

EXIT_OK = 0
EXIT_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-sandbox",
        description="Run a local HubSpot or Salesforce CRM sandbox (loopback only).",
    )
    parser.add_argument(
        "--provider",
        choices=("hubspot", "salesforce"),
        default="hubspot",
        help="which CRM's API to serve (hubspot)",
    )
    parser.add_argument(
        "--port",
        type=int,
        help=f"port on {HOST} (HubSpot {DEFAULT_PORT}, Salesforce {SALESFORCE_PORT}; "
        "0 picks a free one)",
    )
    parser.add_argument(
        "--data", type=Path, help="keep the sandbox's records in this folder (default: memory)"
    )
    parser.add_argument(
        "--no-search-lag",
        action="store_true",
        help="search sees writes at once (HubSpot's index lags them by seconds)",
    )
    parser.add_argument(
        "--no-rate-limits",
        action="store_true",
        help="answer every request (HubSpot refuses those over its rate limits with 429, "
        "Salesforce those over the daily allocation with 403)",
    )
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    data_dir = Path(args.data).expanduser() if args.data else None
    settings = Settings()
    if args.no_search_lag:
        settings.searchLagSeconds = 0.0
    if args.no_rate_limits:
        settings.enforceRateLimits = False
    salesforce = args.provider == "salesforce"
    port = args.port if args.port is not None else SALESFORCE_PORT if salesforce else DEFAULT_PORT
    sandbox: BaseSandbox
    try:
        if salesforce:
            sandbox = run_salesforce_sandbox(port, data_dir, settings=settings)
        else:
            sandbox = run_sandbox(port, data_dir, settings=settings)
    except OSError as error:
        print(f"crm-sandbox: error: cannot listen on {HOST}:{port}: {error.strerror}", file=err)
        return EXIT_FAILED
    except ValueError as error:
        print(f"crm-sandbox: error: cannot read the sandbox data in {data_dir}: {error}", file=err)
        return EXIT_FAILED
    if isinstance(sandbox, SalesforceSandbox):
        _describe_salesforce(sandbox, out)
    elif isinstance(sandbox, Sandbox):
        _describe_hubspot(sandbox, out)
    print(f"  data: {data_dir or 'in memory (lost when stopped)'}", file=out)
    controls = f"{sandbox.url}/__emulator/{{reset,clock,faults,mutate,requests}}"
    print(f"  test controls: {controls}", file=out)
    print("Press Ctrl+C to stop.", file=out, flush=True)
    if threading.current_thread() is threading.main_thread():
        # Ctrl+C even when started in the background (which ignores SIGINT), and a service
        # manager's SIGTERM, stop it cleanly.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    print("CRM sandbox stopped.", file=out)
    return EXIT_OK


def _describe_hubspot(sandbox: Sandbox, out: TextIO) -> None:
    print(f"CRM sandbox (HubSpot API subset) listening on {sandbox.url}", file=out)
    print(f"  private-app token: {sandbox.auth.private_token}", file=out)
    print(f"  OAuth client id / secret: {DEFAULT_CLIENT_ID} / {DEFAULT_CLIENT_SECRET}", file=out)
    print(
        f"  OAuth sign-in: {sandbox.url}/oauth/authorize, tokens: {sandbox.url}/oauth/v3/token",
        file=out,
    )
    lag = sandbox.faults.settings.searchLagSeconds
    limits = "on" if sandbox.faults.settings.enforceRateLimits else "off"
    print(f"  search lag: {lag:g} s; rate limits: {limits}", file=out)


def _describe_salesforce(sandbox: SalesforceSandbox, out: TextIO) -> None:
    print(
        f"CRM sandbox (Salesforce REST API v{API_VERSION} subset) listening on {sandbox.url}",
        file=out,
    )
    print(f"  login and instance URL: {sandbox.url}", file=out)
    print(f"  session id (never expires): {sandbox.auth.session_id}", file=out)
    print(
        f"  OAuth client id / secret: {SF_CLIENT_ID} / {SF_CLIENT_SECRET}",
        file=out,
    )
    print(
        f"  OAuth sign-in: {sandbox.url}/services/oauth2/authorize, "
        f"tokens: {sandbox.url}/services/oauth2/token",
        file=out,
    )
    settings = sandbox.faults.settings
    limits = f"{settings.dailyLimit} a day" if settings.enforceRateLimits else "off"
    print(f"  API request limit: {limits}", file=out)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
