"""``cs-desktop export-plan`` as a user runs it: a real process, no display, a real store."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from cs_desktop.db import open_store
from tests.support.factories import add_account
from tests.support.plan import JAPANESE_NOTE, add_plan_account


def cs_desktop(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # No display and no QT_QPA_PLATFORM: the command must pick the offscreen platform itself.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
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
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert "お客様の目標" in text
    assert "".join(JAPANESE_NOTE.split()) in text
    assert round(float(reader.pages[0].mediabox.height)) == 792


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
