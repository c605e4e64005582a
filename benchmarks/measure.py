"""Timing helpers: interleaved subject/floor runs, medians, percentiles, child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCREEN = {
    "screens": [
        {
            "name": "bench",
            "x": 0,
            "y": 0,
            "width": 1920,
            "height": 1200,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}


def p95(values: list[float]) -> float:
    """The 95th percentile (linear interpolation, as numpy's default)."""
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    pos = 0.95 * (len(data) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def interleaved(
    subject: Callable[[int], Any],
    floor: Callable[[int], Any],
    reps: int,
    warmup: bool = True,
) -> tuple[list[float], list[float]]:
    """Run subject and floor ``reps`` times each, alternating which goes first, so that a slow
    spell of the machine hits both. Each callable gets the repetition number. Times in ms."""
    if warmup:
        subject(-1)
        floor(-1)
    subj: list[float] = []
    flo: list[float] = []
    for rep in range(reps):
        pair = ((subject, subj), (floor, flo))
        for fn, out in pair if rep % 2 == 0 else pair[::-1]:
            start = time.perf_counter()
            fn(rep)
            out.append((time.perf_counter() - start) * 1000)
    return subj, flo


def median(values: list[float]) -> float:
    return statistics.median(values)


def child_env(tmp: Path, data_dir: Path, pycache: Path) -> dict[str, str]:
    """Offscreen Qt on a desktop-sized virtual screen, Chinese UI, a private data folder, and
    bytecode cached under ``pycache`` (an installed application has its .pyc files; without
    them every start compiles some 470 modules, about 0.9 s here)."""
    screen = tmp / "screen.json"
    if not screen.exists():
        screen.write_text(json.dumps(SCREEN))
    env = dict(os.environ)
    env.pop("WORKBENCH_DB", None)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        WORKBENCH_DATA_DIR=str(data_dir),
        LANG="zh_CN.UTF-8",
        LANGUAGE="zh_CN",
    )
    env.pop("LC_ALL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_child(script: str, args: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    """Start ``benchmarks/<script>``; wall times from the start to its ``painted`` line and to
    its exit, and the JSON events it printed (keyed by their ``event``)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    events: dict[str, Any] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("{"):
            event = json.loads(line)
            event["wall_ms"] = (time.perf_counter() - start) * 1000
            events[event["event"]] = event
    _, err = proc.communicate(timeout=timeout)
    events["exit_ms"] = (time.perf_counter() - start) * 1000
    if proc.returncode != 0 or "painted" not in events:
        raise RuntimeError(f"{script} failed ({proc.returncode}):\n{err[-3000:]}")
    return events
