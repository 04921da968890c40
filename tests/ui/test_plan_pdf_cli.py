"""``cs-desktop export-plan`` as a user runs it: a real process, no display, a real store."""

from __future__ import annotations

import argparse
import errno
import io
import os
import resource
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from cs_desktop.cli import build_parser, run
from cs_desktop.db import open_store
from tests.support.factories import BASE_TIME, add_account, add_touchpoint
from tests.support.plan import JAPANESE_NOTE, add_plan_account
from ui.plan.brief_cli import meeting_argument
from ui.plan.cli import COMMAND, add_export_plan_command, run_export_plan


def cs_desktop(
    *args: str, cwd: Path, language: str | None = None
) -> subprocess.CompletedProcess[str]:
    # No display and no QT_QPA_PLATFORM: the command must pick the offscreen platform itself.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    if language is not None:
        env.update({"LANG": language, "LC_ALL": language, "LANGUAGE": ""})
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    add_plan_account(store)
    add_account(store, "Tokyo Trading")
    add_account(store, "Osaka Foods")
    store.close()
    return path


def test_exports_by_name_to_the_default_file(store_path: Path, tmp_path: Path) -> None:
    result = cs_desktop("--db", str(store_path), "export-plan", "osaka foods", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / f"Osaka Foods-plan-{date.today().isoformat()}.pdf"
    assert written.exists()
    assert str(written) in result.stdout
    assert "Osaka Foods" in " ".join(PdfReader(written).pages[0].extract_text().split())


def test_exports_in_japanese_on_letter_to_a_chosen_file(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()
    result = cs_desktop(
        "--db",
        str(store_path),
        "export-plan",
        "Tokyo Tech",
        "--out",
        str(out),
        "--lang",
        "ja",
        "--page-size",
        "Letter",
        "--audience",
        "internal",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert "お客様の目標" in text
    assert "".join(JAPANESE_NOTE.split()) in text
    assert round(float(reader.pages[0].mediabox.height)) == 792


def test_a_japanese_user_is_told_in_japanese_where_the_plan_and_the_brief_went(
    store_path: Path, tmp_path: Path
) -> None:
    plan = cs_desktop(
        "--db", str(store_path), "export-plan", "Osaka Foods", cwd=tmp_path, language="ja_JP.UTF-8"
    )
    assert plan.returncode == 0, plan.stderr
    assert "Osaka Foods の顧客向けプランを" in plan.stdout and "書き出しました" in plan.stdout
    brief = cs_desktop(
        "--db", str(store_path), "brief", "Osaka Foods", cwd=tmp_path, language="ja_JP.UTF-8"
    )
    assert brief.returncode == 0, brief.stderr
    assert "Osaka Foods のブリーフを" in brief.stdout
    missing = cs_desktop(
        "--db", str(tmp_path / "none.sqlite3"), "brief", "x", cwd=tmp_path, language="zh_TW.UTF-8"
    )
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    assert "no store at" not in missing.stderr and "none.sqlite3" in missing.stderr


def test_ambiguous_name_lists_the_candidates(store_path: Path, tmp_path: Path) -> None:
    result = cs_desktop("--db", str(store_path), "export-plan", "tokyo", cwd=tmp_path)
    assert result.returncode == 1
    assert "2 accounts match 'tokyo'" in result.stderr
    assert "Tokyo Trading" in result.stderr and "Tokyo Tech" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_unknown_account_and_missing_store_are_errors(store_path: Path, tmp_path: Path) -> None:
    result = cs_desktop("--db", str(store_path), "export-plan", "Kyoto", cwd=tmp_path)
    assert result.returncode == 1
    assert "no account named 'Kyoto'" in result.stderr
    assert "Traceback" not in result.stderr
    missing = cs_desktop("--db", str(tmp_path / "none.sqlite3"), "export-plan", "x", cwd=tmp_path)
    assert missing.returncode == 1
    assert "no store at" in missing.stderr


def test_unwritable_target_is_an_error(store_path: Path, tmp_path: Path) -> None:
    result = cs_desktop(
        "--db", str(store_path), "export-plan", "1", "--out", str(tmp_path / "no" / "x.pdf"),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def export_in_process(*args: str) -> tuple[int, str, str]:
    parser = build_parser(add_export_plan_command)
    out, err = io.StringIO(), io.StringIO()
    code = run(parser.parse_args(list(args)), out, err, more_commands={COMMAND: run_export_plan})
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("code", "strerror", "says"),
    [
        (errno.EROFS, "Read-only file system", "{pdf} is on a read-only disk or file system."),
        (errno.ENOSPC, "No space left on device", "There is no space left on the disk holding"),
        (errno.EACCES, "Permission denied", "Access to {pdf} was denied. Choose another folder"),
    ],
)
def test_a_folder_that_refuses_the_pdf_is_a_message_naming_the_pdf(
    qapp, store_path: Path, tmp_path: Path, monkeypatch, code: int, strerror: str, says: str
) -> None:
    real_open = Path.open

    def refusing_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name.endswith(".part"):
            raise OSError(code, strerror, str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    pdf = tmp_path / "plan.pdf"
    exit_code, out, err = export_in_process(
        "--db", str(store_path), "export-plan", "Osaka", "--out", str(pdf)
    )
    assert exit_code == 1 and out == ""
    assert err.startswith("cs-desktop: error: " + says.format(pdf=pdf)), err
    assert ".part" not in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
def test_a_full_disk_never_leaves_a_truncated_plan_announced_as_written(
    store_path: Path, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.pdf"
    done = cs_desktop(
        "--db", str(store_path), "export-plan", "Tokyo Tech", "--out", str(whole), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    size = whole.stat().st_size
    limit = size - 1_000  # the store's shared-memory file needs 32 KB
    if limit < 33_000:
        pytest.skip(f"the plan is too small ({size} bytes) to fill a disk with it")
    pdf = tmp_path / "plan.pdf"

    def disk_full_at_limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--db", str(store_path), "export-plan", "Tokyo Tech",
         "--out", str(pdf)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, preexec_fn=disk_full_at_limit,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith(f"cs-desktop: error: {pdf} cannot grow any larger here")
    assert "Free some disk space" in result.stderr and "Traceback" not in result.stderr
    assert not pdf.exists() and not list(tmp_path.glob(".*.part"))


def test_a_brief_names_its_meeting_by_the_day_and_refuses_a_day_without_one(
    store_path: Path, tmp_path: Path
) -> None:
    store = open_store(store_path)
    account = add_account(store, "Kobe Steelworks")
    add_touchpoint(store, account, "Quarterly review in Kobe", days=2)
    store.close()
    day = (BASE_TIME + timedelta(days=2)).date().isoformat()
    out = tmp_path / "brief.pdf"
    result = cs_desktop(
        "--db", str(store_path), "brief", "Kobe", "--meeting", day, "--out", str(out), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Quarterly review in Kobe" in " ".join(PdfReader(out).pages[0].extract_text().split())
    refused = cs_desktop(
        "--db", str(store_path), "brief", "Kobe", "--meeting", "2025-01-01", cwd=tmp_path
    )
    assert refused.returncode == 1
    assert "no touchpoint on" in refused.stderr and "Traceback" not in refused.stderr
    with pytest.raises(argparse.ArgumentTypeError, match="neither a day"):
        meeting_argument("next tuesday")
