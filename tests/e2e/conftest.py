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
    # refusals in one fixed language whatever the machine's locale (docs/ARCHITECTURE.md)
    env["WORKBENCH_LANG"] = "zh"

    def run(
        *args: str,
        input: str | None = None,
        check: bool = True,
        locale: dict[str, str] | None = None,
    ) -> RunResult:
        """``locale``: run with these locale variables instead of ``WORKBENCH_LANG=zh``."""
        run_env = env
        if locale is not None:
            run_env = {k: v for k, v in env.items() if k != "WORKBENCH_LANG"}
            for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
                run_env.pop(name, None)
            run_env.update(locale)
        proc = subprocess.run(
            [sys.executable, "-m", "workbench", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=run_env,
            input=input,
            timeout=300,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"workbench {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}"
            )
        return proc

    return run


def refusal(code: str, **params: object) -> str:
    """The line the command line prints for a refusal, in the language the ``cli`` fixture
    runs it (``WORKBENCH_LANG=zh``): tests name the code, the catalog gives the sentence."""
    from workbench.domain import messages

    before = messages.language()
    messages.set_language("zh")
    try:
        return f"workbench: {messages.render(code, params)}"
    finally:
        messages.set_language(before)


def as_json(proc: RunResult) -> Any:
    return json.loads(proc.stdout)
