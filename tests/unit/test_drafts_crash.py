"""A draft survives the process being killed (docs/RULES.md §9): a child keeps saving an opinion
draft through the services and is killed with SIGKILL at a random moment; reopened, the
database is sound and holds the last draft the child reported saved (or a later one)."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.services import items as item_service
from workbench.services import queries
from workbench.services.audit import verify_audit
from workbench.services.context import ServiceContext
from workbench.services.drafts import load_draft
from workbench.store.database import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics are POSIX"),
]

KILLS = 4
SEED = int(os.environ.get("WORKBENCH_CRASH_SEED", time.time_ns() % 1_000_000))

CHILD = """
import datetime as dt, sys
from workbench.services.context import ServiceContext
from workbench.services.drafts import save_draft
from workbench.store.database import open_database

ctx = ServiceContext(open_database(sys.argv[1]), actor="crash", fixed_today=dt.date(2025, 6, 16))
print("READY", flush=True)
sys.stdin.readline()
n = int(sys.argv[3])
while True:
    n += 1
    save_draft(ctx, sys.argv[2], "opinion", {"conclusion": "approve", "text": f"第{n}稿", "n": n})
    # printed only after COMMIT, in one write() so that a kill cannot split the line
    sys.stdout.write(f"{n}\\n")
    sys.stdout.flush()
"""


def _run_and_kill(db_path: Path, reg_no: str, start: int, delay: float) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), reg_no, str(start)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdin is not None and proc.stdout is not None
    ready = proc.stdout.readline()
    if ready.strip() != "READY":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"child did not start: {ready!r}\n{err}")
    proc.stdin.write("GO\n")
    proc.stdin.flush()
    time.sleep(delay)
    proc.kill()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -9, f"child ended by itself ({proc.returncode}):\n{err}"
    return [int(line) for line in out.splitlines() if line.strip()]


def test_a_draft_survives_sigkill(db_path: Path) -> None:
    rng = random.Random(SEED)
    db = open_database(str(db_path))
    ctx = ServiceContext(db, actor="crash", fixed_today=dt.date(2025, 6, 16))
    new = item_service.NewItem("normative", "辽宁省科技计划项目管理办法", dt.date(2025, 6, 2))
    reg_no = item_service.register(ctx, new).reg_no
    version = queries.show_item(ctx, reg_no).version
    db.close()
    reported = 0
    for _ in range(KILLS):
        printed = _run_and_kill(db_path, reg_no, reported, rng.uniform(0.2, 1.2))
        db = open_database(str(db_path))  # runs the integrity check
        try:
            ctx = ServiceContext(db, actor="crash", fixed_today=dt.date(2025, 6, 16))
            draft = load_draft(ctx, reg_no, "opinion")
            if printed:
                reported = printed[-1]
            assert (draft is None) == (reported == 0), f"seed {SEED}"
            if draft is not None:
                n = int(draft.payload["n"])
                # the draft the child said it saved, or the one it was saving when killed
                assert n in (reported, reported + 1), f"seed {SEED}: {n} vs {reported}"
                assert draft.payload["text"] == f"第{n}稿"
                reported = n
            assert queries.show_item(ctx, reg_no).version == version
            assert verify_audit(ctx).ok
        finally:
            db.close()
    assert reported > 0, f"seed {SEED}: no draft was ever saved"
