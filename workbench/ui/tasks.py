"""One worker thread for every database write and long query (docs/ARCHITECTURE.md, "Threads").

Usage::

    tasks.submit(items.start_review, ctx.svc, reg_no, on_done=self._on_started)

``fn(*args, **kwargs)`` runs on the worker, in submission order; ``on_done(result)`` or
``on_error(exc)`` then runs on the GUI thread. Work never touches a widget. Without
``on_error`` a failure is reported through :attr:`TaskRunner.failed`. A task can be cancelled
before it starts (it is skipped) or while it runs (its result is dropped); long work that wants
to stop early can poll :meth:`Task.is_cancelled` given to it with ``pass_task=True``.

Work submitted with ``read_only=True`` (loading lists, counting) is not waited for when the
program quits: queued, it is skipped; running, its reads are interrupted. Everything else --
every write -- runs to its end before the program exits.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Task:
    """A unit of work; keep it to cancel it."""

    id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    read_only: bool = False
    _cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


_STOP = object()


#: stops the reads a thread is running (given the thread's ident); see TaskRunner.shutdown
Interrupt = Callable[[int], None]


class _Worker(QObject):
    """Lives in the worker thread; runs tasks one after the other."""

    finished = Signal(object, object, object)  # task, result, exception

    def __init__(self) -> None:
        super().__init__()
        #: held while the running task changes, and while shutdown interrupts it
        self.lock = threading.Lock()
        self.running: Task | None = None
        self.ident = 0  # of the worker thread, once it has run something

    @Slot(object)
    def run(self, task: object) -> None:
        if task is _STOP:
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()
            return
        assert isinstance(task, Task)
        if task.is_cancelled():
            self.finished.emit(task, None, None)
            return
        with self.lock:
            self.running, self.ident = task, threading.get_ident()
        try:
            result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            self.finished.emit(task, None, exc)
        else:
            self.finished.emit(task, result, None)
        finally:
            with self.lock:
                self.running = None

    def interrupt_if_read_only(self, interrupt: Interrupt) -> None:
        """Stop the running task's reads when it only reads (under the lock: the task
        cannot end and a write begin meanwhile)."""
        with self.lock:
            if self.running is not None and self.running.read_only:
                interrupt(self.ident)


class TaskRunner(QObject):
    """Owns the worker thread. Create one per application; call :meth:`shutdown` on exit."""

    _dispatch = Signal(object)
    #: emitted (on the GUI thread) when a task without ``on_error`` fails
    failed = Signal(object)
    #: True while tasks are queued or running
    busyChanged = Signal(bool)
    #: emitted after each task's callbacks have run
    taskFinished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, Task] = {}
        self._closed = False
        self._thread = QThread()
        self._thread.setObjectName("workbench-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        pass_task: bool = False,
        read_only: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(*args, **kwargs)`` on the worker (with ``task=`` when ``pass_task``).
        ``read_only``: ``fn`` writes nothing, and quitting need not wait for it."""
        if self._closed:
            raise RuntimeError("the worker has been shut down")
        task = Task(next(self._ids), fn, args, dict(kwargs), on_done, on_error, read_only)
        if pass_task:
            task.kwargs["task"] = task
        was_busy = self.busy
        self._pending[task.id] = task
        if not was_busy:
            self.busyChanged.emit(True)
        self._dispatch.emit(task)
        return task

    @Slot(object, object, object)
    def _on_worker_finished(self, task: Task, result: Any, exc: BaseException | None) -> None:
        self._pending.pop(task.id, None)
        if not self.busy:
            # before the callbacks: one of them may open a modal dialog
            self.busyChanged.emit(False)
        try:
            if task.is_cancelled():
                return
            if exc is not None:
                if task.on_error is not None:
                    task.on_error(exc)
                else:
                    self.failed.emit(exc)
            elif task.on_done is not None:
                task.on_done(result)
        finally:
            self.taskFinished.emit(task.id)

    def shutdown(self, timeout_ms: int = 30_000, interrupt: Interrupt | None = None) -> bool:
        """Let queued work finish, then stop the thread. True when it stopped in time.

        Read-only work is dropped: what is queued is skipped, and with ``interrupt`` (which
        stops the reads a thread is running) what runs is stopped. A database forgets an
        interrupt that falls between two statements, so it is repeated until the thread
        has stopped."""
        if self._closed:
            return True
        self._closed = True
        for task in self._pending.values():
            if task.read_only:
                task.cancel()
        self._dispatch.emit(_STOP)
        if interrupt is None:
            stopped = self._thread.wait(timeout_ms)
        else:
            clock = QElapsedTimer()
            clock.start()
            while True:
                self._worker.interrupt_if_read_only(interrupt)
                stopped = self._thread.wait(10)
                if stopped or clock.elapsed() >= timeout_ms:
                    break
        if not stopped:
            log.error("the worker did not stop within %d ms", timeout_ms)
        return bool(stopped)
