"""``workbench self-test`` from source, and from the packaged build in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import RunResult

ROOT = Path(__file__).resolve().parents[2]
CHECKS = (
    "migrations",
    "lifecycle",
    "tally",
    "excel export",
    "word letter",
    "audit chain",
    "main window and Chinese translation",
)


def _assert_passed(out: str) -> None:
    lines = out.splitlines()
    for check in CHECKS:
        assert any(line.startswith(f"ok    {check}") for line in lines), (check, out)
    assert "FAIL" not in out and lines[-1] == "self-test passed"


def test_self_test_from_source(cli: Callable[..., RunResult]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _assert_passed(cli("self-test").stdout)


@pytest.mark.bundle
@pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("WORKBENCH_TEST_BUNDLE")),
    reason="builds the PyInstaller bundle (minutes): runs in CI or with WORKBENCH_TEST_BUNDLE=1",
)
def test_packaged_build_passes_its_self_test(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "bundle: dist/workbench" in build.stdout
    exe = (
        ROOT / "dist" / "workbench" / ("workbench.exe" if sys.platform == "win32" else "workbench")
    )
    assert exe.is_file()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", WORKBENCH_DATA_DIR=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [str(exe), "self-test"], capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    _assert_passed(proc.stdout)
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
    assert "workbench 0.1.0" in version.stdout
    if sys.platform.startswith("linux"):
        assert list((ROOT / "dist").glob("workbench-*-linux-*.tar.gz"))
