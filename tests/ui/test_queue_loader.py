"""The queue's two-step load without a widget: a scripted worker runs the tasks when told."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.ui.conftest import TODAY
from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.queue import QueuePage, QueueQuery
from workbench.ui.queue_loader import QueueLoader, load_ids


@dataclass(eq=False)
class ScriptedTask:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callable[[Any], None] | None
    read_only: bool = False
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True

    def is_cancelled(self) -> bool:
        return self.cancelled

    def run(self) -> None:
        """What TaskRunner does: the work, then its callback unless cancelled meanwhile."""
        result = self.fn(*self.args, **self.kwargs)
        if not self.cancelled and self.on_done is not None:
            self.on_done(result)


@dataclass
class ScriptedWorker:
    queued: list[ScriptedTask] = field(default_factory=list)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        pass_task: bool = False,
        read_only: bool = False,
        **kwargs: Any,
    ) -> ScriptedTask:
        task = ScriptedTask(fn, args, dict(kwargs), on_done, read_only)
        if pass_task:
            task.kwargs["task"] = task
        self.queued.append(task)
        return task

    def run_next(self) -> ScriptedTask:
        task = self.queued.pop(0)
        task.run()
        return task

    def run_all(self) -> None:
        while self.queued:
            self.run_next()


class Owner:
    """Records what the loader tells the queue panel, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def first_page(self, query: QueueQuery, page: QueuePage, complete: bool, ms: float) -> None:
        self.events.append(("first", query.search, list(page.ids), len(page.rows), complete, ms))

    def rest(self, ids: list[int]) -> None:
        self.events.append(("rest", list(ids)))

    def finished(self) -> None:
        self.events.append(("finished",))


@pytest.fixture
def five(svc: ServiceContext, register: Callable[..., str]) -> list[int]:
    """Five items (two of them contracts); their ids newest received first."""
    for n in range(5):
        received = TODAY - dt.timedelta(days=n)
        if n % 2:
            register(f"第{n}号 设备采购合同", kind="other_contract", received_on=received)
        else:
            register(f"第{n}号 管理办法", received_on=received)
    return queue_service.queue_ids(svc)


def _loader(
    svc: ServiceContext, worker: ScriptedWorker, owner: Owner, first_page: int = 2
) -> QueueLoader:
    ticks = iter(range(0, 1000, 5))  # every reading of the clock 5 s later
    return QueueLoader(
        svc,
        worker.submit,
        on_first_page=owner.first_page,
        on_rest=owner.rest,
        on_finished=owner.finished,
        first_page=first_page,
        clock=lambda: float(next(ticks)),
    )


def test_a_long_queue_comes_in_two_steps(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()
    loader = _loader(svc, worker, owner)
    loader.start(QueueQuery(), "received_on", True)
    assert loader.loading and len(worker.queued) == 1
    worker.run_next()  # the first page, with the rows to paint it
    assert owner.events == [("first", "", five[:2], 2, False, 5000.0)]
    assert len(worker.queued) == 1 and worker.queued[0].kwargs["task"] is worker.queued[0]
    assert worker.queued[0].read_only  # quitting does not wait for it
    worker.run_next()  # every id
    assert owner.events[1:] == [("rest", five), ("finished",)]
    assert not loader.loading
    assert loader.elapsed_ms() == 10_000.0


def test_a_short_queue_is_done_after_its_first_page(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()
    loader = _loader(svc, worker, owner, first_page=10)
    loader.start(QueueQuery(search="合同"), "received_on", True)
    worker.run_all()
    contracts = queue_service.queue_ids(svc, search="合同")
    assert len(contracts) == 2
    assert owner.events == [("first", "合同", contracts, 2, True, 5000.0), ("finished",)]
    assert not loader.loading


def test_a_newer_query_wins_over_one_not_yet_run(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()
    loader = _loader(svc, worker, owner, first_page=10)
    loader.start(QueueQuery(search="第1号"), "received_on", True)
    older = worker.queued[0]
    loader.start(QueueQuery(search="第2号"), "received_on", True)
    assert older.cancelled
    worker.run_all()
    assert [e[1] for e in owner.events if e[0] == "first"] == ["第2号"]
    assert loader.last_query.search == "第2号"


def test_a_newer_query_drops_the_rest_of_an_older_one(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()
    loader = _loader(svc, worker, owner)
    loader.start(QueueQuery(), "received_on", True)
    worker.run_next()
    fetching_all = worker.queued[0]
    loader.start(QueueQuery(), "title", False)
    assert fetching_all.cancelled  # the worker's fetch stops at its next chunk
    # an answer that arrives anyway (finished just before the cancel) is dropped
    assert fetching_all.on_done is not None
    fetching_all.on_done(QueuePage(five, [], 5))
    assert [e[0] for e in owner.events] == ["first"]
    worker.queued.remove(fetching_all)
    worker.run_all()
    by_title = queue_service.queue_ids(svc, sort_column="title", descending=False)
    assert [e[0] for e in owner.events] == ["first", "first", "rest", "finished"]
    assert owner.events[-2] == ("rest", by_title)


def test_stop_cancels_and_drops_everything_in_flight(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()
    loader = _loader(svc, worker, owner)
    loader.start(QueueQuery(), "received_on", True)
    loader.stop()
    assert not loader.loading and worker.queued[0].cancelled
    worker.run_all()
    assert owner.events == []


def test_a_load_started_while_showing_the_first_page_replaces_the_rest(svc, five) -> None:
    worker, owner = ScriptedWorker(), Owner()

    def first_page(query: QueueQuery, page: QueuePage, complete: bool, ms: float) -> None:
        owner.first_page(query, page, complete, ms)
        if query.search == "":  # e.g. a slot connected to the first page starts another query
            loader.start(QueueQuery(search="第1号"), "received_on", True)

    loader = QueueLoader(
        svc,
        worker.submit,
        on_first_page=first_page,
        on_rest=owner.rest,
        on_finished=owner.finished,
        first_page=2,
    )
    loader.start(QueueQuery(), "received_on", True)
    worker.run_next()
    assert len(worker.queued) == 1 and "limit" in worker.queued[0].kwargs  # no fetch of all
    worker.run_all()
    assert [e[:2] for e in owner.events] == [("first", ""), ("first", "第1号"), ("finished",)]


def test_the_worker_function_reads_a_first_page_or_every_id(svc, five) -> None:
    query = QueueQuery()
    page = load_ids(svc, query, "received_on", True, limit=2)
    assert page.ids == five[:2] and [r.id for r in page.rows] == five[:2]
    everything = load_ids(svc, query, "received_on", True)
    assert everything.ids == five and everything.rows == [] and everything.total == 5
