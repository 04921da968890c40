"""``cs-desktop self-test`` from the source checkout: the same code the installer's bundle runs."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from installer.smoke import NO_CJK_FONTS, check_plan_pdf
from ui.plan.fonts import ensure_cjk_font, has_cjk_font
from ui.self_test import Step, run_steps

STEPS = (
    "store",
    "sample portfolio",
    "import",
    "health",
    "keyring",
    "encrypted store",
    "window",
    "plan PDF",
)
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
needs_noto_cjk = pytest.mark.skipif(not NOTO_CJK.is_file(), reason="fonts-noto-cjk not installed")


def without_display() -> dict[str, str]:
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    return {key: value for key, value in os.environ.items() if key not in hidden}


def test_self_test_passes_and_leaves_the_users_store_alone(qapp, tmp_path: Path) -> None:
    if not has_cjk_font("ja"):
        pytest.skip("no Japanese font installed (fonts-noto-cjk): the window step would fail")
    pdf = tmp_path / "kept" / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "self-test", "--pdf", str(pdf)],
        capture_output=True,
        text=True,
        timeout=300,
        env=without_display(),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    passed = re.findall(r"^  ok +(.+?) +\d+\.\d+ s ", result.stdout, flags=re.MULTILINE)
    assert tuple(passed) == STEPS
    assert "self-test passed: 8 steps" in result.stdout
    assert "NotoSansCJK" in check_plan_pdf(pdf)
    assert not Path(os.environ["CS_DESKTOP_DB"]).exists()  # the temporary store only


def test_a_failing_step_stops_the_run_with_exit_1() -> None:
    ran: list[str] = []

    def fails() -> str:
        raise RuntimeError("migrations folder missing")

    steps = [
        Step("first", lambda: ran.append("first") or "fine"),
        Step("second", fails),
        Step("third", lambda: ran.append("third") or "fine"),
    ]
    out, err = io.StringIO(), io.StringIO()
    assert run_steps(steps, out, err) == 1
    assert ran == ["first"]
    lines = out.getvalue().splitlines()
    assert lines[0].split()[:2] == ["ok", "first"]
    assert lines[1].split()[:2] == ["FAIL", "second"] and "migrations folder missing" in lines[1]
    assert lines[2].split()[:2] == ["--", "third"]
    assert "self-test FAILED at 'second'" in lines[3]
    assert "RuntimeError" in err.getvalue()  # the traceback, for the bug report


@needs_noto_cjk
def test_shipped_font_is_not_registered_when_the_system_has_cjk_fonts(qapp, tmp_path: Path) -> None:
    if not has_cjk_font("ja"):
        pytest.skip("no Japanese font installed")
    (tmp_path / NOTO_CJK.name).symlink_to(NOTO_CJK)
    assert ensure_cjk_font(tmp_path) == ()
    assert ensure_cjk_font(tmp_path / "no-such-folder") == ()


PROBE = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from ui.plan.fonts import ensure_cjk_font, has_cjk_font, writes_cjk
app = QGuiApplication([])
print("before", writes_cjk(), has_cjk_font("ja"))
print("registered", ensure_cjk_font(Path(sys.argv[1])))
print("after", writes_cjk(), has_cjk_font("ja"), has_cjk_font("zh-Hant"))
"""


@needs_noto_cjk
@pytest.mark.skipif(not Path("/etc/fonts/fonts.conf").is_file(), reason="needs fontconfig")
def test_shipped_font_is_registered_on_a_system_without_cjk_fonts(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / NOTO_CJK.name).symlink_to(NOTO_CJK)
    config = tmp_path / "fonts.conf"
    config.write_text(NO_CJK_FONTS.format(cache=tmp_path / "cache"), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(fonts)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    before, registered, after = result.stdout.splitlines()
    assert before == "before False False"
    assert "Noto Sans CJK JP" in registered and "Noto Sans CJK TC" in registered
    assert after == "after True True True"
