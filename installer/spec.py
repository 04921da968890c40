"""What goes into the bundle, written as a PyInstaller spec file.

The app imports much of itself lazily (Alembic, the ORM, pyqtgraph, openpyxl) and some modules by
name (``importlib.import_module``), and pandas is a declared dependency that nothing imports yet:
every module of ``cs_desktop`` and ``ui`` and pandas are named explicitly. Alembic reads
``migrations/`` from disk and the app reads ``resources/``, so both ship as data beside the code,
where :func:`cs_desktop.paths.install_root` finds them (``sys._MEIPASS``).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from cs_desktop import __version__
from installer.contents import DEVELOPER_TOOLS

ROOT = Path(__file__).resolve().parent.parent
NAME = "cs-desktop"
APP_NAME = "CS Desktop"
BUNDLE_ID = "app.cs-desktop.desktop"  # macOS; the release manager's signing identity goes with it
ENTRY_POINT = ROOT / "ui" / "launcher.py"
FONTS_DEST = "resources/fonts"
# Where Debian's fonts-noto-cjk (installed by ./dev setup) puts the font and its licence.
DEBIAN_CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEBIAN_CJK_LICENSE = Path("/usr/share/doc/fonts-noto-cjk/copyright")

# Developer tools and test code that must not ride along (a dev venv has them all installed).
EXCLUDED_MODULES = (
    *DEVELOPER_TOOLS,
    "IPython",
    "tkinter",
    "_tkinter",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Optional extras that a dev venv happens to have: httpx's command line (click, rich),
    # Mako's syntax highlighting (pygments), numpy's config printer (yaml).
    "httpx._main",
    "click",
    "rich",
    "pygments",
    "markdown_it",
    "yaml",
    "alembic.testing",
    "sqlalchemy.testing",
    "pandas.tests",
    "numpy.tests",
    "tests",
    "bench",
    "scripts",
    "crm_sandbox",
)
# Loaded from a file by Alembic or read as data: never imported by name.
DATA_FOLDERS = ("migrations", "resources")
TRANSLATIONS_DEST = "resources/translations"
# Not shipped: the translation sources (the bundle reads the compiled .qm and .mo files that
# build_installer.py writes first; a .po copied with a newer time would be read instead,
# slower) and the pseudo-locale, a developer's tool.
NOT_SHIPPED = ("*.ts", "*.po", "*.pot", "cs_desktop_pseudo.qm")


@dataclass(frozen=True)
class BuildPaths:
    dist: Path  # where the bundle and the archive land
    work: Path  # PyInstaller's scratch folder and the generated spec


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``: the archive's suffix."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def find_cjk_font(given: Path | None) -> Path:
    """The CJK font to bundle: ``given``, or Debian's Noto Sans CJK.

    Raises:
        FileNotFoundError: no font (the message says how to get one).
    """
    font = given or DEBIAN_CJK_FONT
    if not font.is_file():
        raise FileNotFoundError(
            f"no CJK font at {font}: install fonts-noto-cjk (Debian/Ubuntu) or pass "
            "--cjk-font PATH to NotoSansCJK-Regular.ttc (github.com/notofonts/noto-cjk)"
        )
    return font


def font_license(font: Path) -> Path | None:
    """The font's licence file: beside it (LICENSE, OFL.txt) or Debian's copyright file."""
    candidates = [font.parent / name for name in ("LICENSE", "LICENSE.txt", "OFL.txt")]
    if font == DEBIAN_CJK_FONT:
        candidates.append(DEBIAN_CJK_LICENSE)
    return next((path for path in candidates if path.is_file()), None)


def data_files(
    paths: BuildPaths, font: Path, license_file: Path | None, *, root: Path = ROOT
) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file, without caches."""
    pairs: list[tuple[str, str]] = []
    for folder in DATA_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if (
                path.is_file()
                and "__pycache__" not in path.parts
                and path.suffix != ".pyc"
                and not any(path.match(pattern) for pattern in NOT_SHIPPED)
            ):
                pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    pairs.append((str(font), FONTS_DEST))
    if license_file is not None:  # the SIL Open Font License travels with the font
        paths.work.mkdir(parents=True, exist_ok=True)
        named = paths.work / f"{font.stem}-LICENSE.txt"
        named.write_bytes(license_file.read_bytes())
        pairs.append((str(named), FONTS_DEST))
    return pairs


def qt_translation_files() -> list[tuple[str, str]]:
    """Qt's own translations (qtbase: its buttons and dialogs) of the window's languages.

    Shipped beside ours, where :mod:`ui.translation` looks when Qt's folder lacks them.
    """
    from ui.translation import QT_SUFFIXES, qt_catalog

    found = (qt_catalog(suffix) for suffix in QT_SUFFIXES.values() if suffix != "en")
    return [(str(path), TRANSLATIONS_DEST) for path in found if path is not None]


def icon(suffix: str) -> Path | None:
    """``resources/icons/cs-desktop.ico`` (Windows) or ``.icns`` (macOS), when there is one."""
    path = ROOT / "resources" / "icons" / f"{NAME}{suffix}"
    return path if path.is_file() else None


def windows_version_file(paths: BuildPaths) -> Path:
    """A Windows version resource carrying the package's version (shown in Properties)."""
    numbers = [*(int(part) for part in __version__.split(".")[:3] if part.isdigit()), 0, 0, 0]
    four = tuple(numbers[:4])
    path = paths.work / "version_info.txt"
    path.write_text(
        _WINDOWS_VERSION.format(four=four, version=__version__, name=APP_NAME, exe=f"{NAME}.exe"),
        encoding="utf-8",
    )
    return path


def write_spec(paths: BuildPaths, font: Path, license_file: Path | None) -> Path:
    """Write the spec file for this platform into ``paths.work``; returns its path."""
    paths.work.mkdir(parents=True, exist_ok=True)
    version_file = windows_version_file(paths) if sys.platform == "win32" else None
    windows_icon, mac_icon = icon(".ico"), icon(".icns")
    spec = _SPEC.format(
        root=str(ROOT),
        entry=str(ENTRY_POINT),
        name=NAME,
        app_name=APP_NAME,
        bundle_id=BUNDLE_ID,
        version=__version__,
        datas=data_files(paths, font, license_file) + qt_translation_files(),
        excludes=list(EXCLUDED_MODULES),
        windows_icon=str(windows_icon) if windows_icon else None,
        mac_icon=str(mac_icon) if mac_icon else None,
        version_file=str(version_file) if version_file else None,
    )
    path = paths.work / f"{NAME}.spec"
    path.write_text(spec, encoding="utf-8")
    return path


_SPEC = """\
# Generated by build_installer.py (installer/spec.py): edit that, not this file.
import sys

from PyInstaller.utils.hooks import collect_submodules

ROOT = {root!r}
EXCLUDES = {excludes!r}


def _ours(package):
    return collect_submodules(
        package, filter=lambda name: not any(name.startswith(x) for x in EXCLUDES)
    )


# sqlcipher3: the encrypted store's driver (SQLCipher linked into its extension module).
hiddenimports = _ours("cs_desktop") + _ours("ui") + ["pandas", "sqlcipher3", "sqlcipher3.dbapi2"]
datas = [tuple(pair) for pair in {datas!r}]

a = Analysis(
    [{entry!r}],
    pathex=[ROOT],
    hiddenimports=hiddenimports,
    datas=datas,
    excludes=EXCLUDES,
    noarchive=False,
)
pyz = PYZ(a.pure)
windows = sys.platform == "win32"
executables = [
    EXE(
        pyz,
        a.scripts,
        [],
        exclude_binaries=True,
        name={name!r},
        console=not windows,  # the app is a window; on Windows a console would pop up with it
        icon={windows_icon!r} if windows else {mac_icon!r},
        version={version_file!r},
    )
]
if windows:  # the command line (self-test, export-plan, demo...) needs a console there
    executables.append(
        EXE(
            pyz,
            a.scripts,
            [],
            exclude_binaries=True,
            name={name!r} + "-cli",
            console=True,
            icon={windows_icon!r},
            version={version_file!r},
        )
    )
coll = COLLECT(*executables, a.binaries, a.datas, name={name!r})
if sys.platform == "darwin":
    app = BUNDLE(
        coll,
        name={app_name!r} + ".app",
        icon={mac_icon!r},
        bundle_identifier={bundle_id!r},
        version={version!r},
        info_plist={{
            "CFBundleShortVersionString": {version!r},
            "NSHighResolutionCapable": True,
        }},
    )
"""

_WINDOWS_VERSION = """\
VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('ProductName', '{name}'),
      StringStruct('FileDescription', '{name}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('OriginalFilename', '{exe}'),
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ]
)
"""
