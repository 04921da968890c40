"""The layers hold: the core runs without a display (it never imports Qt, pyqtgraph or the ui
layer), the store reaches up for nothing, and the import contracts in pyproject.toml are kept."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import cs_desktop

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "ui")
CORE = Path(cs_desktop.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def test_no_core_module_imports_the_qt_layer() -> None:
    offenders = {
        f"{path.relative_to(CORE.parent)}: {module}"
        for path in CORE.rglob("*.py")
        for module in _imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    }
    assert offenders == set()


def test_importing_every_core_module_loads_no_qt() -> None:
    names = [
        ".".join(path.relative_to(CORE.parent).with_suffix("").parts)
        for path in CORE.rglob("*.py")
        if path.name != "__main__.py"
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_store_leaves_edit_capture_to_the_sync(tmp_path: Path) -> None:
    """The store runs the write hooks it was given and reaches up for nothing itself."""
    imported = _imported_modules(CORE / "db.py") | _imported_modules(CORE / "write_hooks.py")
    assert {m for m in imported if m.startswith("cs_desktop.sync")} == set()
    script = (
        "import sys\n"
        "from cs_desktop.db import open_store\n"
        f"store = open_store({str(tmp_path / 'store.sqlite3')!r})\n"
        "with store.write():\n"
        "    pass\n"
        "print('cs_desktop.sync.capture' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_import_linter_contract_holds() -> None:
    root = CORE.parent
    result = subprocess.run(
        [sys.executable, "-m", "importlinter.cli", "--config", str(root / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=root,
    )
    if "No module named" in result.stderr:
        result = subprocess.run(
            ["lint-imports", "--config", str(root / "pyproject.toml")],
            capture_output=True,
            text=True,
            cwd=root,
        )
    assert result.returncode == 0, result.stdout + result.stderr
