"""Two people saving the same item at once (docs/RULES.md §10): on the embedded SQLite file and
on a PostgreSQL server, exactly one save of a version wins, the other gets a conflict message,
no update is lost and the audit log stays one chain."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from workbench.domain.errors import Conflict
from workbench.services import items
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.services.users import add_user
from workbench.store.audit import verify_chain
from workbench.store.database import open_database
from workbench.store.schema import audit_events

TODAY = dt.date(2025, 6, 16)
ROUNDS = 15
INCREMENTS = 20


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def two_writers(target: str) -> Iterator[tuple[ServiceContext, ServiceContext, str]]:
    """Two users, each with their own connection pool, and one registered item."""
    first = ServiceContext(open_database(target), actor="wang", fixed_today=TODAY)
    view = items.register(first, items.NewItem("normative", "科研诚信管理办法", TODAY))
    add_user(first, "li", "clerk")
    second = ServiceContext(open_database(target), actor="li", fixed_today=TODAY)
    yield first, second, view.reg_no
    first.db.close()
    second.db.close()


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released together; each result is a value or an exception."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def edits(ctx: ServiceContext, reg_no: str) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(audit_events.c.actor, audit_events.c.after)
            .where(audit_events.c.reg_no == reg_no, audit_events.c.action == "edit")
            .order_by(audit_events.c.id)
        )
        return [{"actor": r.actor, **json.loads(r.after)} for r in rows]


def test_exactly_one_save_of_each_version_wins(
    two_writers: tuple[ServiceContext, ServiceContext, str],
) -> None:
    first, second, reg_no = two_writers
    winners: list[str] = []
    for n in range(ROUNDS):
        version = show_item(first, reg_no).version
        results = race(
            partial(items.update_details, first, reg_no, version, notes=f"王的第{n}稿"),
            partial(items.update_details, second, reg_no, version, notes=f"李的第{n}稿"),
        )
        wins = [r for r in results if isinstance(r, items.ItemView)]
        conflicts = [r for r in results if isinstance(r, Conflict)]
        assert len(wins) == 1 and len(conflicts) == 1, results
        assert wins[0].version == version + 1
        message = str(conflicts[0])
        assert reg_no in message and "已被他人修改" in message and "\n" not in message
        winners.append(wins[0].notes)
    final = show_item(second, reg_no)
    assert final.version == 1 + ROUNDS
    assert final.notes == winners[-1]
    # every winning save is in the log, in order, and nothing else
    assert [e["notes"] for e in edits(first, reg_no)] == winners
    with first.db.read() as conn:
        assert verify_chain(conn).ok


def _increment(ctx: ServiceContext, reg_no: str, times: int) -> int:
    """Read-modify-write a counter kept in the notes, retrying on conflict; returns conflicts."""
    conflicts = done = 0
    while done < times:
        view = show_item(ctx, reg_no)
        try:
            items.update_details(ctx, reg_no, view.version, notes=str(int(view.notes or 0) + 1))
        except Conflict:
            conflicts += 1
            continue
        done += 1
    return conflicts


def test_no_update_is_lost_under_contention(
    two_writers: tuple[ServiceContext, ServiceContext, str],
) -> None:
    first, second, reg_no = two_writers
    results = race(
        lambda: _increment(first, reg_no, INCREMENTS),
        lambda: _increment(second, reg_no, INCREMENTS),
    )
    assert all(isinstance(r, int) for r in results), results
    final = show_item(first, reg_no)
    assert final.notes == str(2 * INCREMENTS)
    assert final.version == 1 + 2 * INCREMENTS
    log = edits(first, reg_no)
    assert [e["notes"] for e in log] == [str(i) for i in range(1, 2 * INCREMENTS + 1)]
    assert {e["actor"] for e in log} == {"wang", "li"}
    with first.db.read() as conn:
        report = verify_chain(conn)
    assert report.ok, report


WRITER = """
import datetime as dt, sys
from workbench.domain.errors import Conflict
from workbench.services import items
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.store.database import open_database

db = open_database(sys.argv[1])
ctx = ServiceContext(db, actor=sys.argv[3], fixed_today=dt.date(2025, 6, 16))
print("READY", flush=True)
sys.stdin.readline()
done = conflicts = 0
while done < int(sys.argv[4]):
    view = show_item(ctx, sys.argv[2])
    try:
        items.update_details(ctx, sys.argv[2], view.version, notes=str(int(view.notes or 0) + 1))
    except Conflict:
        conflicts += 1
        continue
    done += 1
print(conflicts, flush=True)
"""


def test_two_processes_share_one_database(
    two_writers: tuple[ServiceContext, ServiceContext, str], target: str
) -> None:
    first, _second, reg_no = two_writers
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, target, reg_no, actor, str(INCREMENTS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for actor in ("wang", "li")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "READY"
    for p in procs:  # released together
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    final = show_item(first, reg_no)
    assert final.notes == str(2 * INCREMENTS)
    assert final.version == 1 + 2 * INCREMENTS
    with first.db.read() as conn:
        assert verify_chain(conn).ok
