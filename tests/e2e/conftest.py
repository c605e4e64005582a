"""Run ``workbench`` as a subprocess, the way a clerk or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

RunResult = subprocess.CompletedProcess[str]


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., RunResult]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["WORKBENCH_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONUTF8"] = "1"

    def run(*args: str, input: str | None = None, check: bool = True) -> RunResult:
        proc = subprocess.run(
            [sys.executable, "-m", "workbench", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            input=input,
            timeout=300,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"workbench {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}"
            )
        return proc

    return run


def as_json(proc: RunResult) -> Any:
    return json.loads(proc.stdout)
