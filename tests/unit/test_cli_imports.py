"""The command line pays only for what it uses: a command imports its own module, and the
everyday commands never load the spreadsheet, Word, export or report code, nor Qt."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

from workbench import cli

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "docx", "PySide6", "workbench.services.export", "workbench.services.report")


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(module).register(sub, argparse.ArgumentParser(add_help=False))
    return set(sub.choices)


def test_the_table_of_owners_names_every_command() -> None:
    found = {name: module for module in cli.COMMAND_MODULES for name in _registered(module)}
    missing = set(found) - set(cli.COMMAND_OWNERS)
    assert not missing, f"add these commands to cli.COMMAND_OWNERS: {sorted(missing)}"
    assert {k: v for k, v in cli.COMMAND_OWNERS.items() if k in found} == found
    assert set(cli.COMMAND_OWNERS) <= set(found)


def test_command_of_skips_the_options() -> None:
    assert cli.command_of(["--db", "x.sqlite3", "show", "审1"]) == "show"
    assert cli.command_of(["--debug", "--db=x", "list"]) == "list"
    assert cli.command_of(["--db", "x"]) is None


def test_everyday_commands_load_nothing_heavy(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite3"
    code = f"""
import json, sys
from workbench.cli import main
db = {str(db)!r}
reg = None
for argv in (
    ["add", "--kind", "normative", "--title", "办法", "--received", "2025-06-02", "--db", db],
    ["start", "审2025-001", "--db", db],
    ["list", "--json", "--db", db],
    ["show", "审2025-001", "--json", "--db", db],
):
    assert main(argv) == 0, argv
heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))
sys.stderr.write(json.dumps(heavy))
"""
    env = {**os.environ, "WORKBENCH_DATA_DIR": str(tmp_path / "data"), "PYTHONUTF8": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == []
