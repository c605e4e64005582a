"""The house rules that keep the core usable without Qt (docs/ARCHITECTURE.md, "The layers")."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: no Qt in the core, layers respected."""
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_cli_runs_without_loading_qt() -> None:
    code = (
        "import sys, workbench.cli, workbench.services.items, workbench.services.queries;"
        "workbench.cli.build_parser();"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_unit_tests_do_not_import_qt() -> None:
    qt_import = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|pytestqt)\b", re.M)
    for path in (ROOT / "tests" / "unit").rglob("*.py"):
        assert not qt_import.search(path.read_text(encoding="utf-8")), path
