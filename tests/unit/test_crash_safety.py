"""Crash safety of the embedded database (docs/RULES.md §10): a process killed with SIGKILL at
random moments leaves a sound database that holds every change it reported as committed,
bulk writes whole or not at all, and an audit chain that still verifies.

Each child is a fresh ``python -c`` process. Start-up (imports) takes longer than the work
that is timed, so every child is started ahead, while the one before it works, and waits for
GO; two lanes run side by side. Set ``WORKBENCH_CRASH_SEED`` to replay a seed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workbench.store.audit import verify_chain
from workbench.store.database import open_database
from workbench.store.restore import table_counts

KILLS = 52  # per scenario, split over the lanes
LANES = 2
SEED = int(os.environ.get("WORKBENCH_CRASH_SEED", time.time_ns() % 1_000_000))
LEDGER_ROWS = 1000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics are POSIX"),
]

EDIT_CHILD = """
import datetime as dt, sys
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.store.database import open_database

print("READY", flush=True)
sys.stdin.readline()
ctx = ServiceContext(open_database(sys.argv[1]), actor="crash", fixed_today=dt.date(2025, 6, 16))

def done(view):
    # printed only once the service has returned, i.e. after COMMIT; one write() of the whole
    # line, so a kill cannot leave half of it (print() writes each part on its own when
    # PYTHONUNBUFFERED is set)
    sys.stdout.write(f"{view.reg_no} {view.version}\\n")
    sys.stdout.flush()
    return view

n = 0
while True:
    n += 1
    v = done(svc.register(ctx, svc.NewItem("service_contract", f"协议{n}", dt.date(2025, 6, 2))))
    v = done(svc.start_review(ctx, v.reg_no))
    v = done(svc.update_details(ctx, v.reg_no, v.version, notes=f"第{n}次修改"))
    v = done(svc.update_details(ctx, v.reg_no, v.version, title=f"协议{n}（修订）", tags="急"))
    v = done(svc.issue_opinion(ctx, v.reg_no, svc.OpinionInput("approve", "同意")))
"""

BULK_CHILD = """
import datetime as dt, sys, time
from workbench.services.context import ServiceContext
from workbench.store.database import open_database

ctx = ServiceContext(open_database(sys.argv[1]), actor="crash", fixed_today=dt.date(2025, 6, 16))
try:
    from workbench.services.ledger_import import import_ledger

    def bulk():
        import_ledger(ctx, sys.argv[2])
except ImportError:  # before the ledger import existed: sample data, also one transaction
    from workbench.services.demo import load_demo

    def bulk():
        load_demo(ctx, int(sys.argv[3]), seed=5)

print("READY", flush=True)
sys.stdin.readline()
start = time.perf_counter()
bulk()
print("DONE", time.perf_counter() - start, flush=True)
time.sleep(60)
"""


class Child:
    """A child started ahead of time: it imports, says READY and waits for GO."""

    def __init__(self, code: str, args: list[str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def go(self) -> None:
        proc = self.proc
        assert proc.stdout is not None and proc.stdin is not None
        ready = proc.stdout.readline()
        if ready.strip() != "READY":
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"child did not start: {ready!r}\n{err}")
        proc.stdin.write("GO\n")
        proc.stdin.flush()

    def finish(self) -> float:
        """Let the work run to its end; returns how long it took."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        self.proc.kill()
        _, err = self.proc.communicate()
        assert line.startswith("DONE"), err
        return float(line.split()[1])

    def kill(self) -> list[str]:
        """SIGKILL; returns what the child printed before it died."""
        self.proc.kill()
        out, err = self.proc.communicate(timeout=60)
        if self.proc.returncode != -9:
            raise AssertionError(f"child ended by itself ({self.proc.returncode}):\n{err}")
        return [line for line in out.splitlines() if line.strip()]


def kill_series(
    code: str, args: Callable[[int], list[str]], delays: list[float]
) -> Iterator[list[str]]:
    """One child per delay, each killed ``delay`` seconds after GO; yields their output."""
    upcoming = Child(code, args(0))
    for i, delay in enumerate(delays):
        current = upcoming
        current.go()
        started = time.monotonic()
        if i + 1 < len(delays):
            upcoming = Child(code, args(i + 1))
        time.sleep(max(0.0, started + delay - time.monotonic()))
        yield current.kill()


def check_sound(path: Path) -> dict[str, int]:
    """PRAGMA integrity_check is ok and the audit chain verifies; returns the row counts."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db = open_database(str(path))
    try:
        with db.read() as conn:
            report = verify_chain(conn)
            assert report.ok, report
            return table_counts(conn)
    finally:
        db.close()


def in_lanes(work: Callable[[int], None]) -> None:
    """Run ``work(lane)`` for every lane in parallel; re-raise the first failure."""
    errors: list[BaseException] = []

    def run(lane: int) -> None:
        try:
            work(lane)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(lane,)) for lane in range(LANES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


@dataclass
class EditLane:
    path: Path
    rng: random.Random
    reported: dict[str, int] = field(default_factory=dict)
    kills: int = 0


def check_edits(lane: EditLane) -> None:
    counts = check_sound(lane.path)
    with sqlite3.connect(lane.path) as conn:
        stored = dict(conn.execute("SELECT reg_no, version FROM items").fetchall())
    for reg_no, version in lane.reported.items():
        assert reg_no in stored, f"committed item {reg_no} lost (seed {SEED})"
        # killed between COMMIT and print: the database may be one step ahead, never behind
        assert stored[reg_no] - version in (0, 1), (reg_no, version, stored[reg_no], SEED)
    unreported = set(stored) - set(lane.reported)
    assert len(unreported) <= lane.kills
    assert all(stored[r] == 1 for r in unreported)
    # one audit event per committed change, written in the same transaction as the change
    # (the very first change also made the acting user, with its own event)
    assert counts["audit_events"] == counts["users"] + sum(stored.values())
    assert counts["opinions"] == sum(1 for v in stored.values() if v >= 5)


def test_killed_during_a_long_run_of_edits(tmp_path: Path) -> None:
    lanes = [
        EditLane(tmp_path / f"edits{n}.sqlite3", random.Random(SEED + n)) for n in range(LANES)
    ]
    for lane in lanes:
        open_database(str(lane.path)).close()

    def work(n: int) -> None:
        lane = lanes[n]
        delays = [lane.rng.uniform(0.0, 0.3) for _ in range(KILLS // LANES)]
        for lines in kill_series(EDIT_CHILD, lambda _i: [str(lane.path)], delays):
            lane.kills += 1
            for line in lines:
                reg_no, version = line.split()
                lane.reported[reg_no] = int(version)
            check_edits(lane)

    in_lanes(work)
    assert sum(lane.kills for lane in lanes) >= 50
    assert sum(len(lane.reported) for lane in lanes) > 50  # work got done between the kills


def write_ledger(path: Path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    sheet.append(["类型", "标题", "起草单位", "送审日期", "审核人", "审核结论", "意见出具日期"])
    for i in range(rows):
        day = dt.date(2024, 1, 2) + dt.timedelta(days=i % 300)
        opinion = day + dt.timedelta(days=5) if i % 2 else None
        sheet.append(
            [
                "service_contract" if i % 3 else "normative",
                f"台账事项{i}",
                "办公室",
                day,
                "张明",
                "approve" if opinion else None,
                opinion,
            ]
        )
    book.save(path)


def test_killed_during_one_bulk_transaction(tmp_path: Path) -> None:
    template = tmp_path / "empty.sqlite3"
    open_database(str(template)).close()
    empty = check_sound(template)
    ledger = tmp_path / "ledger.xlsx"
    write_ledger(ledger, LEDGER_ROWS)

    def fresh(name: str) -> list[str]:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(template, path)
        return [str(path), str(ledger), str(LEDGER_ROWS)]

    calibration = Child(BULK_CHILD, fresh("full"))
    calibration.go()
    took = calibration.finish()
    full = check_sound(tmp_path / "full.sqlite3")
    assert full["items"] == LEDGER_ROWS

    outcomes: list[str] = []

    def work(n: int) -> None:
        rng = random.Random(SEED * 7 + n)
        trials = KILLS // LANES
        # stratified over 2.5 times the calibrated duration (the lanes run side by side, so
        # each import is slower than the calibration): before, during and after COMMIT; and
        # a few kills well after it, so that a loaded machine still sees whole imports
        spread = trials - 3
        delays = [took * 2.5 * (i + rng.random()) / spread for i in range(spread)]
        delays += [took * 8] * 3
        rng.shuffle(delays)
        for i, lines in enumerate(kill_series(BULK_CHILD, lambda i: fresh(f"b{n}-{i}"), delays)):
            path = tmp_path / f"b{n}-{i}.sqlite3"
            counts = check_sound(path)
            # all or nothing: every table as before the import, or as after a whole one
            assert counts in (empty, full), (counts, delays[i], SEED)
            if any(line.startswith("DONE") for line in lines):
                assert counts == full
            outcomes.append("full" if counts == full else "empty")
            path.unlink()

    in_lanes(work)
    assert len(outcomes) >= 50
    assert "full" in outcomes and "empty" in outcomes, (outcomes, took, SEED)
