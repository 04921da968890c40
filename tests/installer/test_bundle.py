"""What goes into the installer's bundle, and the check that keeps test code and tools out.

The PyInstaller build itself is too slow for the suite: CI runs it (``build_installer.py
--smoke``); these tests cover the parts that decide what the bundle holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cs_desktop import __version__
from installer.contents import (
    TRANSLATIONS,
    bundle_problems,
    is_forbidden_module,
    missing_translations,
)
from installer.spec import ROOT, BuildPaths, data_files, qt_translation_files, write_spec


def make_files(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


CLEAN = (
    "cs-desktop",
    "_internal/base_library.zip",
    "_internal/migrations/env.py",
    "_internal/migrations/versions/0001_initial.py",
    "_internal/resources/fonts/NotoSansCJK-Regular.ttc",
    "_internal/PySide6/Qt/lib/libQt6Core.so.6",
    "_internal/numpy-2.1.0.dist-info/METADATA",
    "_internal/testing_data_is_fine.txt",
)


def test_a_clean_bundle_has_no_problems(tmp_path: Path) -> None:
    make_files(tmp_path, *CLEAN)
    assert bundle_problems(tmp_path, []) == []


@pytest.mark.parametrize(
    "shipped",
    [
        "_internal/migrations/versions/__pycache__/0001_initial.cpython-311.pyc",
        "_internal/cs_desktop/paths.pyc",
        "_internal/tests/conftest.py",
        "_internal/pandas/tests/frame/test_api.py",
        "_internal/somepackage/test_thing.py",
        "_internal/pytest/__init__.py",
        "_internal/setuptools-65.5.0.dist-info/METADATA",
        "_internal/pip/__init__.py",
        "_internal/mypy/typeshed/stdlib/os.pyi",
        "_internal/crm_sandbox/server.py",
    ],
)
def test_test_files_caches_and_tools_are_reported(tmp_path: Path, shipped: str) -> None:
    make_files(tmp_path, *CLEAN, shipped)
    problems = bundle_problems(tmp_path, [])
    assert len(problems) == 1
    # Reported at the outermost offending folder or file.
    assert shipped.startswith(problems[0].removeprefix("file "))


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("cs_desktop.db", False),
        ("ui.self_test", False),
        ("numpy.testing", False),  # numpy's assertions, imported by pandas at run time
        ("sqlalchemy.dialects.sqlite", False),
        ("pytest", True),
        ("_pytest.fixtures", True),
        ("hypothesis.strategies", True),
        ("tests.core.factories", True),
        ("pandas.tests.frame.test_api", True),
        ("sqlalchemy.testing.plugin", True),
        ("setuptools", True),
        ("pip._internal", True),
        ("crm_sandbox", True),
        ("crm_sandbox.server", True),
    ],
)
def test_forbidden_modules(module: str, forbidden: bool) -> None:
    assert is_forbidden_module(module) is forbidden


def test_data_files_are_the_migrations_resources_and_font_without_caches(tmp_path: Path) -> None:
    """Compiled catalogs ship, their sources do not."""
    root = tmp_path / "checkout"
    make_files(
        root,
        "migrations/env.py",
        "migrations/versions/0001_initial.py",
        "migrations/versions/__pycache__/0001_initial.cpython-311.pyc",
        "resources/scorecards/service.toml",
        "resources/locale/cs_desktop.pot",
        "resources/locale/ja/LC_MESSAGES/cs_desktop.mo",
        "resources/locale/ja/LC_MESSAGES/cs_desktop.po",
        "resources/stray.pyc",
        "tests/test_x.py",
    )
    font = tmp_path / "NotoSansCJK-Regular.ttc"
    font.write_bytes(b"font")
    licence = tmp_path / "OFL.txt"
    licence.write_text("SIL Open Font License")
    paths = BuildPaths(dist=tmp_path / "dist", work=tmp_path / "work")
    pairs = data_files(paths, font, licence, root=root)
    assert [
        (Path(source).relative_to(root).as_posix(), folder) for source, folder in pairs[:-2]
    ] == [
        ("migrations/env.py", "migrations"),
        ("migrations/versions/0001_initial.py", "migrations/versions"),
        ("resources/locale/ja/LC_MESSAGES/cs_desktop.mo", "resources/locale/ja/LC_MESSAGES"),
        ("resources/scorecards/service.toml", "resources/scorecards"),
    ]
    assert pairs[-2] == (str(font), "resources/fonts")
    source, folder = pairs[-1]
    assert Path(source).name == "NotoSansCJK-Regular-LICENSE.txt" and folder == "resources/fonts"
    assert Path(source).read_text() == "SIL Open Font License"


def test_the_generated_spec_is_valid_python(tmp_path: Path) -> None:
    font = tmp_path / "font.ttc"
    font.write_bytes(b"font")
    spec = write_spec(BuildPaths(dist=tmp_path, work=tmp_path / "work"), font, None)
    source = spec.read_text(encoding="utf-8")
    compile(source, str(spec), "exec")
    assert str(ROOT / "ui" / "launcher.py") in source


def test_the_windows_spec_carries_the_version(tmp_path: Path, monkeypatch) -> None:
    font = tmp_path / "font.ttc"
    font.write_bytes(b"font")
    monkeypatch.setattr(sys, "platform", "win32")
    spec = write_spec(BuildPaths(dist=tmp_path, work=tmp_path / "work"), font, None)
    monkeypatch.undo()
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    version_file = tmp_path / "work" / "version_info.txt"
    assert repr(str(version_file)) in spec.read_text(encoding="utf-8")
    resource = version_file.read_text(encoding="utf-8")
    compile(resource, str(version_file), "eval")  # PyInstaller evaluates it as one expression
    major, minor, patch = (int(part) for part in __version__.split("."))
    assert f"filevers=({major}, {minor}, {patch}, 0)" in resource
    assert f"StringStruct('ProductVersion', '{__version__}')" in resource


def test_a_bundle_without_its_translations_is_refused(tmp_path: Path) -> None:
    make_files(tmp_path, *CLEAN)
    assert missing_translations(tmp_path) == list(TRANSLATIONS)
    make_files(tmp_path, *(f"_internal/resources/translations/{name}" for name in TRANSLATIONS))
    assert missing_translations(tmp_path) == []


def test_translation_sources_and_the_pseudo_locale_stay_out(tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    make_files(
        root,
        "resources/translations/cs_desktop_ja.ts",
        "resources/translations/cs_desktop_ja.qm",
        "resources/translations/cs_desktop_pseudo.qm",
    )
    font = tmp_path / "font.ttc"
    font.write_bytes(b"font")
    paths = BuildPaths(dist=tmp_path / "dist", work=tmp_path / "work")
    shipped = [Path(source).name for source, _folder in data_files(paths, font, None, root=root)]
    assert shipped == ["cs_desktop_ja.qm", "font.ttc"]


def test_qt_s_own_translations_ship_beside_ours() -> None:
    names = {Path(source).name: folder for source, folder in qt_translation_files()}
    assert names == {name: "resources/translations" for name in TRANSLATIONS if "qtbase" in name}
