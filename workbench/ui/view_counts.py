"""The sidebar's counts of every view, counted on the worker.

Newer counts replace a count still running, and quitting does not wait for one: each view's
count checks, before the next, whether it has been cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.queue import QueueQuery
from workbench.ui.context import AppContext
from workbench.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)


def _view_counts(
    svc: ServiceContext, saved: Mapping[str, QueueQuery], *, task: Task
) -> dict[str, int]:
    """On the worker: the sidebar's counts, stopping early once ``task`` is cancelled."""
    return queue_service.view_counts(svc, saved, cancelled=task.is_cancelled)


class ViewCounts(QObject):
    """Counts the views on the worker and reports them with :attr:`counted`."""

    #: the items in each view (``dict[str, int]`` by view key)
    counted = Signal(object)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        #: the count in flight, if any
        self.task: Task | None = None

    def refresh(self, saved: Mapping[str, QueueQuery]) -> None:
        """Count every view again (the built-in ones and the ``saved`` searches)."""
        self.stop()
        self.task = self.tasks.submit(
            _view_counts,
            self.ctx.svc,
            saved,
            pass_task=True,
            read_only=True,
            on_done=self._on_done,
            on_error=lambda exc: log.warning("counts failed: %s", exc),
        )

    def stop(self) -> None:
        """Cancel the count in flight: it stops before its next view; nobody waits for it."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _on_done(self, counts: dict[str, int]) -> None:
        self.task = None
        self.counted.emit(counts)
