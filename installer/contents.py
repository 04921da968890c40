"""What a finished bundle must not hold: test code, bytecode caches, developer tools.

Checks both the files on disk and the modules inside the executables' archives (PyInstaller
keeps pure-Python modules in a compressed archive appended to the executable).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

# Test runners, linters, type checkers and packaging tools: a dev venv has them all installed.
DEVELOPER_TOOLS = (
    "_pytest",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "wheel",
    "pypdf",
    "openapi_core",
    "importlinter",
    "grimp",
)
# Top-level packages (and their *.dist-info) that must not ship: the tools, under their
# distribution names too, and the project's own tests, benchmarks and CRM sandbox (a stand-in
# for HubSpot that only developers and testers run).
FORBIDDEN_PACKAGES = frozenset(
    {*DEVELOPER_TOOLS, "pytest_qt", "import_linter", "tests", "bench", "crm_sandbox"}
)
# Test helpers inside libraries the app does use: they import pytest.
FORBIDDEN_MODULE_PREFIXES = ("alembic.testing", "sqlalchemy.testing")
TEST_FOLDERS = frozenset({"tests", "test", "__pycache__"})


# The window's compiled catalogs (English's plural forms, then each translation) and Qt's own.
TRANSLATIONS = (
    "cs_desktop_en.qm",
    "cs_desktop_ja.qm",
    "cs_desktop_zh_CN.qm",
    "cs_desktop_zh_TW.qm",
    "qtbase_ja.qm",
    "qtbase_zh_CN.qm",
    "qtbase_zh_TW.qm",
)


def missing_translations(bundle: Path) -> list[str]:
    """The catalogs a bundle lacks in its ``resources/translations`` (empty: all there)."""
    folders = [path for path in bundle.rglob("translations") if path.parent.name == "resources"]
    present = {path.name for folder in folders for path in folder.glob("*.qm")}
    return [name for name in TRANSLATIONS if name not in present]


def bundle_problems(bundle: Path, executables: Sequence[Path]) -> list[str]:
    """Everything in ``bundle`` that should not be shipped, one line each (empty: clean)."""
    problems = [f"file {path}" for path in _forbidden_files(bundle)]
    for executable in executables:
        problems += [
            f"module {name} in {executable.name}"
            for name in archived_modules(executable)
            if is_forbidden_module(name)
        ]
    return problems


def _forbidden_files(bundle: Path) -> Iterable[Path]:
    for path in sorted(bundle.rglob("*")):
        relative = path.relative_to(bundle)
        if path.is_dir():
            if path.name in TEST_FOLDERS or _package_name(path.name) in FORBIDDEN_PACKAGES:
                yield relative
            continue
        if any(part in TEST_FOLDERS for part in relative.parts[:-1]):
            continue  # its folder is reported already
        if path.suffix in (".pyc", ".pyo") or _is_test_file(path.name):
            yield relative


def _package_name(folder: str) -> str:
    """``setuptools-65.5.0.dist-info`` -> ``setuptools``; ``pytest`` -> ``pytest``."""
    if folder.endswith((".dist-info", ".egg-info")):
        return folder.split("-")[0].lower()
    return folder


def _is_test_file(name: str) -> bool:
    return name == "conftest.py" or (
        name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))
    )


def is_forbidden_module(name: str) -> bool:
    parts = name.split(".")
    return (
        parts[0] in FORBIDDEN_PACKAGES
        or name.startswith(FORBIDDEN_MODULE_PREFIXES)
        or any(part in ("tests", "conftest") or part.startswith("test_") for part in parts)
    )


def archived_modules(executable: Path) -> list[str]:
    """The module names in ``executable``'s embedded Python archive (PYZ)."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    package = CArchiveReader(str(executable))
    names: list[str] = []
    for entry in package.toc:
        try:
            archive = package.open_embedded_archive(entry)
        except (TypeError, KeyError):  # not an embedded archive (a script, a runtime hook)
            continue
        if isinstance(archive, ZlibArchiveReader):
            names.extend(archive.toc)
    return names
