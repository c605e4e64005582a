"""The integrity check of an embedded database file, run once per opening, from any thread.

``PRAGMA quick_check`` reads every page of the file: about 0.1 s at 100,000 items, seconds at a
million. The command line runs it before it opens a file (see :func:`open_database
<workbench.store.database.open_database>`), except for the lookups ``show`` and ``list``; the
desktop application opens without it and runs it on a worker thread as soon as its window
shows the queue. A read that meets a damaged page runs it then (``Database.read``). Until it
has passed no write starts: a writer waits for a check that is running, runs it itself when
none has run, and is refused when it failed. Quitting interrupts a check running in the
background; the file then counts as not checked, so a write queued after that still runs it
first.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from enum import Enum

from sqlalchemy.exc import DBAPIError

from workbench.domain.messages import Msg, msg

#: lends a DB-API connection to the file (one of the engine's: a connection of our own, closed
#: when done, could be this process's last one to the file, and closing that one checkpoints)
Connect = Callable[[], AbstractContextManager[sqlite3.Connection]]


class _State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"


def damaged_sentence(display: str, result: str) -> Msg:
    return msg("database.damaged", target=display, result=result)


def unusable_sentence(display: str, exc: BaseException) -> Msg:
    reason = getattr(exc, "orig", None) or exc
    lines = str(reason).strip().splitlines()
    return msg("database.unusable", target=display, reason=lines[0] if lines else "")


class IntegrityCheck:
    """The state of one file's check: pending, running (on some thread) or done. A server
    database has nothing to check: it starts out done and sound."""

    def __init__(self, display: str, connect: Connect | None = None) -> None:
        """``connect`` None: nothing to check (a server database)."""
        self._display = display
        self._connect = connect
        self._state = _State.PENDING if connect is not None else _State.DONE
        self._problem: Msg | None = None
        self._cond = threading.Condition()
        self._connection: sqlite3.Connection | None = None
        self._background_run = False
        self._no_background = False

    @property
    def pending(self) -> bool:
        """True until the check has finished (an interrupted check is still pending)."""
        with self._cond:
            return self._state is not _State.DONE

    @property
    def problem(self) -> Msg | None:
        """Why the check failed -- the sentence every write is refused with -- or ``None``."""
        with self._cond:
            return self._problem

    def run(self) -> Msg | None:
        """Make sure the check has run (waiting for it or running it here); the problem or
        ``None`` when the file is sound."""
        return self._run(background=False)

    def run_in_background(self) -> Msg | None:
        """The same from a background worker, which :meth:`interrupt` stops: ``None`` also
        when interrupted or when :meth:`interrupt` came first (the check is then still
        pending)."""
        return self._run(background=True)

    def interrupt(self) -> None:
        """Stop a check running in the background and keep any from starting there. (SQLite
        forgets an interrupt that lands in the instant before the statement starts; quitting
        then waits for the check, as it did before there was an interrupt.)"""
        with self._cond:
            self._no_background = True
            if self._connection is not None and self._background_run:
                self._connection.interrupt()

    def _run(self, *, background: bool) -> Msg | None:
        with self._cond:
            while True:
                if self._state is _State.DONE:
                    return self._problem
                if background and self._no_background:
                    return None
                if self._state is _State.PENDING:
                    break
                self._cond.wait()  # running on another thread: its answer is ours
            self._state = _State.RUNNING
            self._background_run = background
        finished, problem = False, None
        try:
            finished, problem = self._quick_check(background)
        finally:
            with self._cond:
                if finished:
                    self._state, self._problem = _State.DONE, problem
                else:
                    self._state = _State.PENDING
                self._cond.notify_all()
        return problem

    def _quick_check(self, background: bool) -> tuple[bool, Msg | None]:
        """(finished, problem): ``finished`` is False when interrupted."""
        assert self._connect is not None
        try:
            with self._connect() as con:
                with self._cond:
                    if background and self._no_background:
                        return False, None
                    self._connection = con
                try:
                    cursor = con.cursor()
                    try:
                        row = cursor.execute("PRAGMA quick_check").fetchone()
                    finally:
                        cursor.close()
                finally:
                    with self._cond:
                        self._connection = None
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
                return False, None
            # a file too damaged to check at all ("file is not a database", "database disk
            # image is malformed"): the sentence opening it has always given
            return True, unusable_sentence(self._display, exc)
        except DBAPIError as exc:  # connecting failed
            return True, unusable_sentence(self._display, exc)
        result = str(row[0]) if row else "ok"
        return True, None if result == "ok" else damaged_sentence(self._display, result)
