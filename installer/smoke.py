"""The smoke test: run the BUILT app's ``self-test`` as a user would, then read its plan PDF.

The bundle runs offscreen in a throw-away home, with the store, settings and keychain of the
person building it out of reach. On Linux, fontconfig is told to hide every font that draws
Japanese or Chinese, so the plan PDF and the window must use the font the bundle carries: that
is the machine the fallback is for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cs_desktop import __version__
from installer.contents import bundle_problems

TIMEOUT_SECONDS = 600
# A heading of the Japanese plan, drawn in the CJK font.
JAPANESE_HEADING = "お客様の目標"
NO_CJK_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>{cache}</cachedir>
  <selectfont><rejectfont>
    <pattern><patelt name="lang"><string>ja</string></patelt></pattern>
    <pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
    <pattern><patelt name="lang"><string>zh-tw</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
"""


class SmokeFailure(Exception):
    pass


def run_smoke(bundle: Path, executable: Path) -> int:
    """Smoke-test the bundle at ``bundle``; prints each check, returns the exit code."""
    if not executable.is_file():
        print(f"smoke: no bundle at {executable}: build it first", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cs-desktop-smoke-") as folder:
        scratch = Path(folder)
        pdf = scratch / "plan-ja.pdf"
        checks: list[tuple[str, Callable[[], str]]] = [
            ("version", lambda: check_version(executable, scratch)),
            ("self-test", lambda: run_self_test(executable, scratch, pdf)),
            ("plan PDF", lambda: check_plan_pdf(pdf)),
            ("bundle unchanged", lambda: check_unchanged(bundle)),
        ]
        for passed, (name, check) in enumerate(checks):
            try:
                detail = check()
            except (SmokeFailure, subprocess.TimeoutExpired) as failure:
                print(f"smoke: FAIL {name}: {failure}", file=sys.stderr)
                print(f"smoke: {passed} passed, 1 failed")
                return 1
            print(f"smoke: ok {name}: {detail}", flush=True)
    print(f"smoke: finished in {time.perf_counter() - started:.1f} s")
    print(f"smoke: {len(checks)} passed, 0 failed")
    return 0


def bundle_env(scratch: Path) -> dict[str, str]:
    """The environment of a user with no display, no store and nothing configured yet."""
    home = scratch / "home"
    home.mkdir(exist_ok=True)
    hidden = ("CS_DESKTOP_DB", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "VIRTUAL_ENV")
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    if sys.platform.startswith("linux") and Path("/etc/fonts/fonts.conf").is_file():
        config = scratch / "fonts.conf"
        config.write_text(NO_CJK_FONTS.format(cache=scratch / "fontconfig"), encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(config)
    return env


def check_version(executable: Path, scratch: Path) -> str:
    result = subprocess.run(
        [str(executable), "--version"],
        capture_output=True,
        text=True,
        env=bundle_env(scratch),
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode or __version__ not in result.stdout:
        raise SmokeFailure(f"--version printed {result.stdout!r} {result.stderr!r}")
    return result.stdout.strip()


def run_self_test(executable: Path, scratch: Path, pdf: Path) -> str:
    env = bundle_env(scratch)
    if "FONTCONFIG_FILE" in env:
        print("smoke: Japanese and Chinese system fonts hidden: the bundled font must draw them")
    print(f"smoke: {executable} self-test", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), "self-test", "--pdf", str(pdf)],
        env=env,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode:
        raise SmokeFailure(f"self-test exited {result.returncode}")
    return f"{time.perf_counter() - started:.1f} s with start-up"


def check_plan_pdf(pdf: Path) -> str:
    """Japanese text in ``pdf`` is real text in an embedded font (what a reader searches)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise SmokeFailure('pypdf is needed to read the plan: pip install -e ".[test]"') from None
    reader = PdfReader(pdf)
    runs: list[tuple[str, str]] = []  # (text, font) of every run with Japanese or Chinese

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if any(_is_cjk(char) for char in text) and isinstance(font, dict):
            runs.append((text, _embedded_font_name(font)))

    pages_text = "".join(page.extract_text(visitor_text=visit) for page in reader.pages)
    if JAPANESE_HEADING not in "".join(pages_text.split()):
        raise SmokeFailure(f"{pdf.name} has no {JAPANESE_HEADING!r} text")
    embedded = sorted({font for _, font in runs if font})
    if not embedded:
        raise SmokeFailure(f"the Japanese text of {pdf.name} is in no embedded font")
    return f"{len(reader.pages)} pages, {len(runs)} CJK text runs in embedded {embedded}"


def check_unchanged(bundle: Path) -> str:
    """The run wrote no bytecode caches or other files into the bundle."""
    problems = bundle_problems(bundle, [])
    if problems:
        raise SmokeFailure(f"the run left files in the bundle: {problems}")
    return "no caches written into it"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF


def _embedded_font_name(font: dict[str, object]) -> str:
    """The font's name when its file is embedded in the PDF, else ''."""
    descriptor: object = font.get("/FontDescriptor")
    descendants: object = font.get("/DescendantFonts")
    if descriptor is None and isinstance(descendants, list) and descendants:
        descriptor = descendants[0].get_object().get("/FontDescriptor")
    if descriptor is None:
        return ""
    descriptor = descriptor.get_object()  # type: ignore[attr-defined]
    files = ("/FontFile", "/FontFile2", "/FontFile3")
    if not any(key in descriptor for key in files):  # type: ignore[operator]
        return ""
    return str(font.get("/BaseFont", "?")).lstrip("/")
