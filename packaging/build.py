"""Build the one-folder bundle (and on Linux the .tar.gz) with one command.

    uv run python packaging/build.py [--no-archive]

Compiles the translations, runs PyInstaller with packaging/workbench.spec, prints the build
time and the bundle's size, and on Linux writes dist/workbench-<version>-linux-<arch>.tar.gz
with a .desktop file and the icon.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "workbench"


def compile_translations() -> None:
    """``.ts`` sources -> ``.qm`` next to them, with the lrelease that ships in PySide6."""
    import PySide6

    candidates = [shutil.which("pyside6-lrelease"), shutil.which("lrelease")]
    pkg = Path(PySide6.__file__).parent
    candidates += [str(pkg / "lrelease"), str(pkg / "lrelease.exe")]
    lrelease = next((c for c in candidates if c and Path(c).exists()), None)
    if lrelease is None:
        sys.exit("build: pyside6-lrelease not found: is PySide6 installed?")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"translations: {qm.relative_to(ROOT)}")


def windows_icon() -> None:
    """PyInstaller wants an .ico on Windows: made from the 256 px PNG with Qt's ico writer."""
    if sys.platform != "win32":
        return
    from PySide6.QtGui import QImage

    out = ROOT / "build" / "workbench.ico"
    out.parent.mkdir(exist_ok=True)
    if not QImage(str(ROOT / "resources" / "icons" / "workbench-256.png")).save(str(out), "ICO"):
        sys.exit("build: could not write the Windows icon")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linux_archive(version: str) -> Path:
    arch = platform.machine() or "x86_64"
    name = f"workbench-{version}-linux-{arch}"
    out = DIST / f"{name}.tar.gz"
    desktop = (ROOT / "packaging" / "linux" / "workbench.desktop").read_text(encoding="utf-8")
    staging = DIST / "linux-extra"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    (staging / "workbench.desktop").write_text(desktop, encoding="utf-8")
    shutil.copy2(ROOT / "resources" / "icons" / "workbench-256.png", staging / "workbench.png")
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", staging / "install.sh")
    with tarfile.open(out, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{name}/workbench")
        for extra in sorted(staging.iterdir()):
            tar.add(extra, arcname=f"{name}/{extra.name}")
    shutil.rmtree(staging)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux .tar.gz")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from workbench import __version__

    started = time.monotonic()
    compile_translations()
    windows_icon()
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "packaging" / "workbench.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    elapsed = time.monotonic() - started
    size = folder_size(BUNDLE)
    exe = BUNDLE / ("workbench.exe" if sys.platform == "win32" else "workbench")
    print(f"bundle: {BUNDLE.relative_to(ROOT)} ({size / 2**20:.0f} MiB), executable {exe.name}")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive(__version__)
        print(f"archive: {archive.relative_to(ROOT)} ({archive.stat().st_size / 2**20:.0f} MiB)")
    print(f"build time: {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
