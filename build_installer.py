"""Build the standalone CS Desktop bundle with PyInstaller, and smoke-test it.

    python build_installer.py               # dist/cs-desktop/ and its archive
    python build_installer.py --smoke       # ... then run the built app's self-test
    python build_installer.py --smoke-only  # self-test a bundle built before

Needs the ``installer`` extra (``pip install -e ".[installer]"``); the smoke test also needs pypdf
(the ``test`` extra) to read the plan PDF. Build on the oldest system you support, from a
virtualenv with only the app and PyInstaller if you can: the bundle carries the build machine's
libraries. See "Installer" in the README for Windows and macOS.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from cs_desktop import __version__
from installer.contents import bundle_problems, missing_translations
from installer.smoke import run_smoke
from installer.spec import (
    APP_NAME,
    NAME,
    ROOT,
    BuildPaths,
    find_cjk_font,
    font_license,
    platform_tag,
    write_spec,
)
from scripts.catalog import compile_catalogs

MB = 1024 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="self-test the bundle once built")
    parser.add_argument(
        "--smoke-only", action="store_true", help="self-test the bundle already in --dist"
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument(
        "--cjk-font",
        type=Path,
        help="the CJK font to bundle (default: Debian's NotoSansCJK-Regular.ttc)",
    )
    parser.add_argument(
        "--clean", action="store_true", help="empty PyInstaller's cache first (slower)"
    )
    args = parser.parse_args(argv)
    paths = BuildPaths(dist=args.dist.resolve(), work=ROOT / "build" / "installer")
    if not args.smoke_only:
        code = build(paths, args.cjk_font, clean=args.clean)
        if code:
            return code
    if args.smoke or args.smoke_only:
        return run_smoke(bundle_folder(paths), executable(paths))
    return 0


def build(paths: BuildPaths, cjk_font: Path | None, *, clean: bool) -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is missing: pip install -e ".[installer]"', file=sys.stderr)
        return 2
    try:
        font = find_cjk_font(cjk_font)
    except FileNotFoundError as error:
        print(f"build_installer: {error}", file=sys.stderr)
        return 2
    from ui.translation import compile_all, sources

    compile_all()  # the window's words: each .ts newer than its .qm (pyside6-lrelease)
    uncompiled = [s.name for s in sources() if not s.with_suffix(".qm").exists()]
    if uncompiled:
        print(f"build_installer: not compiled: {', '.join(uncompiled)}", file=sys.stderr)
        return 2
    license_file = font_license(font)
    if license_file is None:
        print(f"warning: no licence file beside {font}; ship the font's OFL with the app")
    catalogs = compile_catalogs()  # the bundle ships the compiled translations, not the .po
    print(f"Compiled {len(catalogs)} message catalogs.")
    spec = write_spec(paths, font, license_file)
    print(f"Building {APP_NAME} {__version__} for {platform_tag()} with {spec.name} ...")
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(paths.dist), "--workpath", str(paths.work / "work")]
    if clean:
        command.append("--clean")
    result = subprocess.run([*command, str(spec)], cwd=ROOT, check=False)
    build_seconds = time.perf_counter() - started
    if result.returncode:
        print(f"build_installer: PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return 1
    folder = bundle_folder(paths)
    missing = missing_translations(folder)
    if missing:
        print(f"build_installer: {folder} lacks the translations {', '.join(missing)}")
        return 1
    problems = bundle_problems(folder, [executable(paths)])
    if problems:
        print(f"build_installer: {folder} holds what must not be shipped:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    archive_started = time.perf_counter()
    archive = make_archive(paths)
    archive_seconds = time.perf_counter() - archive_started
    print(f"Built in {build_seconds:.0f} s (archive {archive_seconds:.0f} s); no test files,")
    print("caches or developer tools inside.")
    print(f"  bundle:  {folder}  ({folder_size(folder) / MB:.0f} MB)")
    print(f"  archive: {archive}  ({archive.stat().st_size / MB:.0f} MB)")
    print(f"  run:     {executable(paths)}")
    return 0


def bundle_folder(paths: BuildPaths) -> Path:
    """The one-folder bundle (on macOS the .app is built beside it)."""
    return paths.dist / NAME


def executable(paths: BuildPaths) -> Path:
    """The program to run from a terminal (on Windows the console one)."""
    if sys.platform == "win32":
        return bundle_folder(paths) / f"{NAME}-cli.exe"
    return bundle_folder(paths) / NAME


def make_archive(paths: BuildPaths) -> Path:
    """tar.gz of the folder on Linux; zip of the folder (Windows) or of the .app (macOS)."""
    stem = paths.dist / f"{NAME}-{__version__}-{platform_tag()}"
    if sys.platform.startswith("linux"):
        archive = stem.with_name(stem.name + ".tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(bundle_folder(paths), arcname=NAME)
        return archive
    if sys.platform == "darwin":
        app = paths.dist / f"{APP_NAME}.app"
        archive = stem.with_name(stem.name + ".zip")
        # ditto keeps the .app's symlinks and extended attributes, which zipfile would lose.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
        return archive
    return Path(shutil.make_archive(str(stem), "zip", paths.dist, NAME))


def folder_size(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


if __name__ == "__main__":
    sys.exit(main())
