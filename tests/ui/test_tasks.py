"""The single worker: runs off the GUI thread, in order, reports results and errors on the GUI
thread, and stops cleanly."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.domain.errors import InvalidInput
from workbench.ui.tasks import TaskRunner


def test_runs_in_order_off_the_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    done: list[int] = []

    def work(n: int) -> int:
        seen.append((n, threading.get_ident()))
        time.sleep(0.01)
        return n * 10

    for n in range(5):
        tasks.submit(work, n, on_done=lambda r: done.append((r, threading.get_ident())))
    wait_idle(qtbot, tasks)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert all(ident != gui for _, ident in seen)
    assert [r for r, _ in done] == [0, 10, 20, 30, 40]
    assert all(ident == gui for _, ident in done)


def test_errors_reach_the_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    def fail() -> None:
        raise InvalidInput("不行。")

    errors: list[BaseException] = []
    tasks.submit(fail, on_error=errors.append)
    with qtbot.waitSignal(tasks.failed) as blocker:
        tasks.submit(fail)  # no on_error: reported through the signal
    wait_idle(qtbot, tasks)
    assert str(errors[0]) == "不行。"
    assert isinstance(blocker.args[0], InvalidInput)


def test_cancelled_task_is_skipped(qtbot: QtBot, tasks: TaskRunner) -> None:
    gate = threading.Event()
    ran: list[str] = []
    tasks.submit(gate.wait, 5)
    second = tasks.submit(lambda: ran.append("second"), on_done=lambda _: ran.append("done"))
    second.cancel()
    gate.set()
    wait_idle(qtbot, tasks)
    assert ran == []


def test_shutdown_finishes_queued_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ran: list[int] = []
    for n in range(3):
        runner.submit(lambda n=n: (time.sleep(0.02), ran.append(n)))
    assert runner.shutdown()
    assert ran == [0, 1, 2]
    with pytest.raises(RuntimeError):
        runner.submit(print)


def test_signal_emit_does_not_leak_references_to_true(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to True per emit and later aborts the
    interpreter; pyproject.toml keeps us below it. This fails if a bad release slips in."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal(int)

    emitter = Emitter()
    seen: list[int] = []
    emitter.ping.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.ping.emit(i)
    assert len(seen) == 2000
    assert abs(sys.getrefcount(True) - before) < 50


def test_quitting_drops_reads_but_finishes_writes(qtbot: QtBot, tmp_path: Path) -> None:
    """A running read (a long list, say) is interrupted and queued reads are skipped; every
    write queued before quitting still runs."""
    from sqlalchemy import text

    from tests.unit.test_store import LONG_READ
    from workbench.store.database import open_database

    db = open_database(str(tmp_path / "q.sqlite3"))
    runner = TaskRunner()
    started = threading.Event()
    ran: list[str] = []

    def long_read() -> None:
        with db.read() as conn:
            started.set()
            conn.execute(text(LONG_READ)).scalar()
        ran.append("long read finished")

    def write() -> None:
        with db.write() as conn:
            conn.execute(text("CREATE TABLE kept (x INTEGER)"))
        ran.append("write")

    try:
        runner.submit(long_read, read_only=True)
        runner.submit(lambda: ran.append("queued read"), read_only=True)
        runner.submit(write)
        assert started.wait(10)
        clock = time.monotonic()
        assert runner.shutdown(timeout_ms=60_000, interrupt=db.interrupt_reads)
        assert time.monotonic() - clock < 10  # the long read alone takes minutes
        assert ran == ["write"]
        with db.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM kept")).scalar() == 0
    finally:
        db.close()


def test_quitting_waits_for_a_running_write(qtbot: QtBot, tmp_path: Path) -> None:
    from workbench.store.database import open_database

    db = open_database(str(tmp_path / "w.sqlite3"))
    runner = TaskRunner()
    started = threading.Event()
    ran: list[str] = []

    def slow_write() -> None:  # not read-only: its reads are never interrupted
        with db.read():
            started.set()
            time.sleep(0.3)
        ran.append("written")

    try:
        runner.submit(slow_write)
        assert started.wait(10)
        assert runner.shutdown(interrupt=db.interrupt_reads)
        assert ran == ["written"]
    finally:
        db.close()
