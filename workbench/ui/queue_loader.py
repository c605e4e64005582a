"""How the queue loads: two steps on the worker, the newest query wins (no widgets, no Qt).

Every change of view, search, filter or sort starts a load in two steps: the ids of the first
page with their rows (shown at once), then all the ids (appended, so that the scroll bar and the
count become right). A newer load, or :meth:`QueueLoader.stop`, cancels the older one: a fetch
of all the ids stops at its next chunk, and the answers of an older load are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.queue import QueuePage, QueueQuery

#: ids fetched by the first step: more than a screenful, so the first page is complete
FIRST_PAGE = 200


class Cancellable(Protocol):
    def cancel(self) -> None: ...


class Submit(Protocol):
    """Runs ``fn(*args, **kwargs)`` on the worker and ``on_done(result)`` on the GUI thread
    (``TaskRunner.submit``)."""

    def __call__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        pass_task: bool = False,
        read_only: bool = False,
        **kwargs: Any,
    ) -> Cancellable: ...


class CancelledFlag(Protocol):
    def is_cancelled(self) -> bool: ...


def load_ids(
    svc: ServiceContext,
    query: QueueQuery,
    sort: str,
    desc: bool,
    *,
    limit: int | None = None,
    task: CancelledFlag | None = None,
) -> QueuePage:
    """On the worker: a first page (``limit`` ids with their rows, so that painting them needs
    no query on the GUI thread), or every id in order (a fetch a newer query cancels through
    ``task`` stops early)."""
    if limit is not None:
        return queue_service.first_page(svc, query, sort, desc, limit)
    ids = queue_service.queue_ids(
        svc,
        query.view,
        query.search,
        query.column_filters,
        sort,
        desc,
        cancelled=task.is_cancelled if task is not None else None,
    )
    return QueuePage(ids, [], len(ids))


class QueueLoader:
    """Runs the queue's loads and tells its owner what to show.

    ``on_first_page(query, page, complete, ms)`` shows the first page (``complete`` when it
    holds every id); ``on_rest(ids)`` appends the ids after it; ``on_finished()`` follows once
    every id has been given. Only the newest load calls them.
    """

    def __init__(
        self,
        svc: ServiceContext,
        submit: Submit,
        *,
        on_first_page: Callable[[QueueQuery, QueuePage, bool, float], None],
        on_rest: Callable[[list[int]], None],
        on_finished: Callable[[], None],
        first_page: int = FIRST_PAGE,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._svc, self._submit = svc, submit
        self._on_first_page, self._on_rest, self._on_finished = on_first_page, on_rest, on_finished
        self._first_page, self._clock = first_page, clock
        self._generation = 0
        self._started = 0.0
        self._tasks: list[Cancellable] = []
        self.last_query = QueueQuery()

    @property
    def loading(self) -> bool:
        """True while a load has answers to come."""
        return bool(self._tasks)

    def elapsed_ms(self) -> float:
        """Milliseconds since the newest load began."""
        return (self._clock() - self._started) * 1000

    def start(self, query: QueueQuery, sort: str, desc: bool) -> None:
        """Load ``query`` in ``sort`` order; an older load still running is cancelled."""
        self.stop()
        generation = self._generation
        self._started = self._clock()
        self.last_query = query

        def first_loaded(page: QueuePage) -> None:
            self._first_loaded(generation, query, sort, desc, page)

        self._tasks = [self._load(query, sort, desc, first_loaded, limit=self._first_page)]

    def _load(
        self,
        query: QueueQuery,
        sort: str,
        desc: bool,
        on_done: Callable[[QueuePage], None],
        **kwargs: Any,
    ) -> Cancellable:
        """One step of a load on the worker (read-only: quitting does not wait for it)."""
        return self._submit(
            load_ids, self._svc, query, sort, desc, read_only=True, on_done=on_done, **kwargs
        )

    def stop(self) -> None:
        """Cancel the load in flight (a running fetch stops at its next chunk)."""
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        self._generation += 1

    def _first_loaded(
        self, generation: int, query: QueueQuery, sort: str, desc: bool, page: QueuePage
    ) -> None:
        if generation != self._generation:
            return
        complete = len(page.ids) < self._first_page
        self._on_first_page(query, page, complete, self.elapsed_ms())
        if generation != self._generation:  # the owner started another load meanwhile
            return
        if complete:
            self._done()
            return

        def all_loaded(rest: QueuePage) -> None:
            if generation == self._generation:
                self._on_rest(rest.ids)
                self._done()

        self._tasks.append(self._load(query, sort, desc, all_loaded, pass_task=True))

    def _done(self) -> None:
        self._tasks = []
        self._on_finished()
