"""One worker thread for every database write and long query (docs/ARCHITECTURE.md, "Threads").

Usage::

    tasks.submit(items.start_review, ctx.svc, reg_no, on_done=self._on_started)

``fn(*args, **kwargs)`` runs on the worker, in submission order; ``on_done(result)`` or
``on_error(exc)`` then runs on the GUI thread. Work never touches a widget. Without
``on_error`` a failure is reported through :attr:`TaskRunner.failed`. A task can be cancelled
before it starts (it is skipped) or while it runs (its result is dropped); long work that wants
to stop early can poll :meth:`Task.is_cancelled` given to it with ``pass_task=True``.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

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
    _cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


_STOP = object()


class _Worker(QObject):
    """Lives in the worker thread; runs tasks one after the other."""

    finished = Signal(object, object, object)  # task, result, exception

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
        try:
            result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            self.finished.emit(task, None, exc)
        else:
            self.finished.emit(task, result, None)


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
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(*args, **kwargs)`` on the worker (with ``task=`` when ``pass_task``)."""
        if self._closed:
            raise RuntimeError("the worker has been shut down")
        task = Task(next(self._ids), fn, args, dict(kwargs), on_done, on_error)
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

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Let queued work finish, then stop the thread. True when it stopped in time."""
        if self._closed:
            return True
        self._closed = True
        self._dispatch.emit(_STOP)
        stopped = self._thread.wait(timeout_ms)
        if not stopped:
            log.error("the worker did not stop within %d ms", timeout_ms)
        return bool(stopped)
