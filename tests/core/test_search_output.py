"""The command line never prints raw control characters from stored text."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cs_desktop.control_chars import printable, remove_controls
from cs_desktop.db import open_store
from cs_desktop.models import Account, Touchpoint, TouchpointKind

REPO = Path(__file__).resolve().parents[2]


def test_search_never_prints_raw_control_characters(tmp_path: Path) -> None:
    # A store written before imports removed them.
    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    with store.write() as session:
        account = Account(name="Evil\x1b[2J\x1b]0;pwned\x07 Corp")
        session.add(account)
        session.flush()
        session.add(
            Touchpoint(
                account_id=account.id,
                kind=TouchpointKind.MEETING,
                occurred_at=datetime(2025, 1, 6, tzinfo=UTC),
                title="Kick\x00off\x1b[31m",
                notes="renewal \x1b[5mblink\x1b[0m\x07 and \x9b31m more",
            )
        )
    store.close()
    for query in ("Evil", "renewal"):
        result = subprocess.run(
            [sys.executable, "-m", "cs_desktop", "--db", str(path), "search", query],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert result.returncode == 0, result.stderr
        printed = result.stdout
        assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in printed)
        assert "Evil Corp" in printed
    assert "Kickoff" in printed and "blink" in printed


def test_escape_sequences_and_control_characters_are_named_and_removed() -> None:
    assert remove_controls("Acme\x00 Corp") == ("Acme Corp", ("NUL",))
    assert remove_controls("\x1b[31mKim\x1b[0m") == ("Kim", ("ESC[31m", "ESC[0m"))
    assert remove_controls("\x1b]0;title\x07Beta") == ("Beta", ("ESC]0;title BEL",))
    assert remove_controls("a\x00\x00b") == ("ab", ("NUL (2 times)",))
    assert remove_controls("line\x0bbreak") == ("line\nbreak", ("VT as a line break",))
    # Text stays: tabs and line breaks, and what follows an unterminated string introducer.
    assert remove_controls("Tab\there\r\nnext") == ("Tab\there\r\nnext", ())
    assert remove_controls("note \x9dkept") == ("note kept", ("U+009D",))
    assert printable("two\nlines\tand\x1b[2J more") == "two lines and more"
    assert printable("\x02hit\x03\x07", keep="\x02\x03") == "\x02hit\x03"
